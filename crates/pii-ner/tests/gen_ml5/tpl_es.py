"""Plantillas en español para el quinto conjunto multilingüe de generalización (issue 19).

Plantillas escritas de nuevo para este conjunto, por separado y sin ver las anteriores: cartas,
correos, contratos, nóminas, informes clínicos, escrituras, actas, chats, tablas, exportaciones y
avisos, tal como se escriben en España y en Hispanoamérica (México, Colombia, Argentina, Perú, Chile).

English summary: templates written fresh for the fifth multilingual set. Given and family names are
hand-compiled lists of names common in the countries of the language (Spain and Latin America:
Mexico, Colombia, Argentina, Peru, Chile), their neighbours and their larger immigrant communities
(Moroccan, Romanian, Ecuadorian, Colombian, Venezuelan, Chinese, Pakistani, Senegalese, Ukrainian),
of the kind recorded as Wikidata given-name / family-name items (Wikidata: CC0 1.0); none taken from
Faker or any fake-data library. Organisations and mail domains are invented. Cities are real towns.
"""

GIVEN_F = [
    # España (vasco, catalán, gallego, tradicional)
    "Amaranta", "Ainara", "Usue", "Zuriñe", "Estibaliz", "Itxaso", "Oihana", "Lorea", "Jaione", "Saioa",
    "Idoia", "Assumpta", "Agnès", "Judit", "Carlota", "Aina", "Txell", "Sabela", "Escolástica",
    "Leocadia", "Petronila", "Hortensia", "Genoveva", "Obdulia", "Rosenda",
    # México
    "Yatziri", "Xitlali", "Ameyalli", "Tonantzin", "Zyanya", "Guillermina", "Herlinda", "Imelda",
    "Anayeli", "Yazmín Arely",
    # Colombia, Venezuela, Ecuador
    "Yorladis", "Dayanna", "Sirley", "Mayerli", "Deisy Lizeth", "Gladys Yanet", "Oriana", "Yelitza",
    "Yajaira", "Nohelia", "Jessenia", "Maryuri", "Narcisa",
    # Argentina, Chile, Perú
    "Malena", "Marianela", "Ayelén", "Rayén", "Millaray", "Colomba", "Sheyla", "Nayra", "Illari",
    # comunidades inmigrantes
    "Ghizlane", "Kaoutar", "Btissam", "Crina", "Viorica", "Yaryna", "Solomiia", "Zoriana", "Yulan",
    "Shuang", "Farzana", "Rubina", "Nighat", "Dieynaba", "Sokhna",
]

GIVEN_M = [
    "Mikel", "Joseba", "Xabat", "Urko", "Peio", "Gaizka", "Kepa", "Pere", "Gerard", "Sergi", "Aleix",
    "Florencio", "Saturnino", "Celedonio", "Pancracio", "Hilario", "Indalecio", "Marcelino", "Aniceto",
    "Timoteo", "Virgilio", "Zacarías", "Amancio", "Ceferino", "Desiderio", "Prudencio", "Rufino",
    "Tenoch", "Itzcóatl", "Cuitláhuac", "Erasmo", "Homero", "Reynaldo", "Sóstenes", "Eliseo",
    "Ramiro Oswaldo", "Yovanny", "Ovidio", "Edilberto Aldemar", "Fernely", "Albeiro", "Wbeimar", "Uriel",
    "Tiziano", "Amaro", "Inti", "Yaku", "Amaru", "Huáscar", "Nilton", "Deyvis", "Wilber", "Yorman",
    "Yohandry", "Wuilmer", "Nerio", "Byron", "Klever",
    "Abdellatif", "Othmane", "Ionel", "Ciprian", "Horia", "Nicușor", "Yurii", "Ihor", "Vitalii", "Yuxuan",
    "Shahid", "Kashif", "Nadeem", "Sajid", "Rizwan", "Pape", "Aliou", "Demba",
]

FAMILY = [
    # España
    "Aizpurua", "Unanue", "Ugalde", "Garaikoetxea", "Elorriaga", "Oyarzábal", "Aldekoa", "Txurruka",
    "Erkiaga", "Iturbe", "Aranguren", "Gorostiza", "Loizaga", "Urquiza", "Zubizarreta", "Arregui",
    "Bengoechea", "Azcona", "Aramburu", "Gallástegui", "Iparraguirre", "Sunyer", "Serrat", "Canals",
    "Fabregat", "Gelabert", "Busquets", "Vallès", "Xirau", "Massaguer", "Llorente", "Valls", "Castells",
    "Feliu", "Figueiras", "Meixide", "Boullosa", "Regueira", "Bouzas", "Altuna", "Peñalver",
    "Moratalla", "Villaescusa", "Carrascosa", "Barrionuevo", "Tejada", "Urbina", "Arjona",
    "Ballesteros", "Valderrama", "Alcántara", "Espinar", "Ordóñez", "Toribio", "Galindo",
    "de la Cerda", "de Olazábal", "del Campillo", "de Urquijo", "de Zulueta",
    # México
    "Arellano", "Cisneros", "Tlatelpa", "Cuaxiloa", "Tzompantzi", "Tepal", "Huitrón", "Mondragón",
    "Bañuelos", "Carranza", "Chavarría", "Esquivel", "Jasso", "Leyva", "Macías", "Meléndez",
    "Montemayor", "Moctezuma", "Rentería", "Tovar", "Madrigal", "Zepeda", "Barajas",
    # Colombia, Venezuela, Ecuador
    "Jaramillo", "Isaza", "Ocampo", "Arbeláez", "Builes", "Hurtado", "Lopera", "Muñetón", "Rendón",
    "Upegui", "Yepes", "Briceño", "Chiriboga", "Jácome", "Altamirano",
    # Argentina, Chile, Perú
    "Maidana", "Ojeda", "Valenzuela", "Fuentealba", "Sanhueza", "Cofré", "Navarrete", "Orellana",
    "Poblete", "Yáñez", "Aravena", "Manríquez", "Ñanculef", "Quilapán", "Llancaqueo", "Antileo",
    "Curihuentro", "Nahuelpán", "Larraín", "Irarrázaval", "Undurraga", "Ossandón", "Troncoso",
    "Bórquez", "Maturana", "Millapán", "Gatica", "Ccahuana", "Huaylla", "Mayta", "Sulca", "Taipe",
    "Vilca", "Yauri", "Chuquimango", "Chuquillanqui", "Portocarrero", "Benavente",
    # comunidades inmigrantes
    "Haddou", "Belhaj", "Chafik", "Essaidi", "Fikri", "Jebli", "Kettani", "Mernissi", "Naciri",
    "Sefrioui", "Slaoui", "Touzani", "Benkirane", "Filali", "Georgescu", "Preda", "Cozma", "Florea",
    "Iordache", "Lazăr", "Neagu", "Pârvu", "Ardeleanu", "Polishchuk", "Yaremchuk", "Didenko",
    "Klymenko", "Pavlenko", "Sydorenko", "Kostenko", "Zhu", "Luo", "Feng", "Deng", "Zeng", "Xiao",
    "Jiang", "Shen", "Bhatti", "Awan", "Cheema", "Gondal", "Warraich", "Abbasi", "Janjua", "Bajwa",
    "Niazi", "Siddiqui", "Akhtar", "Mbengue", "Kébé", "Samb", "Ndour", "Thiaw",
]

CITIES = [
    "Ponferrada", "Alcalá de Henares", "Sanlúcar de Barrameda", "Villanueva de la Serena", "Tomelloso",
    "Olot", "Ronda", "Jaca", "Mondoñedo", "Torrelavega", "Medina del Campo", "Vilafranca del Penedès",
    "Ejea de los Caballeros", "Lucena",
    "San Cristóbal de las Casas", "Zacatecas", "Tlaquepaque", "Valle de Bravo", "Pachuca de Soto",
    "Ciudad Obregón", "Tepic",
    "Zipaquirá", "Santa Rosa de Cabal", "Villavicencio", "Sogamoso",
    "Venado Tuerto", "San Carlos de Bariloche", "Río Cuarto", "Tandil", "Gualeguaychú",
    "Huancayo", "Cajamarca", "Chiclayo", "Ayacucho",
    "Puerto Montt", "Rancagua", "Punta Arenas", "Curicó",
]

STREETS = [
    "Calle Mayor", "Avenida de la Constitución", "Calle del Doctor Fleming", "Paseo de la Estación",
    "Calle Real", "Carrer de Sant Pere", "Plaza de España", "Ronda de Poniente", "Camino de las Huertas",
    "Travesía del Carmen", "Rúa do Vilar",
    "Avenida Insurgentes Sur", "Calle Francisco I. Madero", "Calzada de Tlalpan", "Privada de los Fresnos",
    "Carrera Séptima", "Avenida Boyacá", "Diagonal 45",
    "Avenida Corrientes", "Calle Sarmiento", "Bulevar Oroño",
    "Jirón de la Unión", "Avenida Arequipa",
    "Pasaje Los Cipreses", "Avenida Libertador Bernardo O'Higgins", "Calle Huérfanos",
]

ORGS = [
    "Construcciones Altozano, S.L.", "Clínica Dental Sonrisa Norte", "Colegio Virgen de la Vereda",
    "Asociación Vecinal Barrio de la Alameda", "Club Deportivo Atlético Ribereño",
    "Gestoría Mirasierra y Asociados", "Bufete Quintanar Abogados, S.L.P.",
    "Cooperativa Agrícola Campos del Alberche", "Farmacia La Glorieta", "Ferretería El Tornillo Alegre",
    "Distribuidora Maguey del Norte, S.A. de C.V.", "Inmobiliaria Cerro Alegre SpA",
    "Laboratorio Clínico Andino S.A.C.", "Textiles Pachacámac E.I.R.L.", "Transportes Ruta Cuarenta S.R.L.",
    "Cafés de la Montaña Ltda.", "Óptica Miravista", "Academia de Idiomas Babel Sur",
    "Centro Médico Aurora IPS S.A.S.", "Seguros Previsora Austral S.A.",
    "Oficina Comarcal de Atención al Ciudadano", "Agencia de Viajes Horizonte Abierto",
    "Panadería La Espiga Dorada", "Fundación Manos Abiertas", "Notaría Los Arrayanes",
    "Instituto de Educación Secundaria Las Acacias", "Tanatorio San Lázaro del Prado",
    "Hotel Mirador de la Sierra", "Soluciones Informáticas Nubalia, S.A.",
    "Administración de Fincas Portal Claro", "Hospital Comarcal Virgen del Monte",
    "Peña Ciclista El Piñón Fijo",
]

MAIL_DOMAINS = [
    "correoaltozano.es", "buzonsur.com.mx", "mensajeria-andina.pe", "rioplata-mail.com.ar",
    "cordilleranet.cl", "postalandes.com.co", "nubalia.es",
]


# --- mitad de ajuste (tune) ---------------------------------------------------------------------------

TUNE = {}

TUNE["carta_reclamacion_consumo"] = """
{P1}
{ADDR}
Tel. {PHONE} · {EMAIL1}

                                        A la atención del Servicio de Atención al Cliente
                                        {ORG}
                                        {ADDR2}

En {CITY}, a {DATE}

Asunto: Reclamación por cobro indebido — contrato n.º {NUM}

Muy señores míos:

Me dirijo a ustedes, en mi condición de titular del contrato arriba indicado, para manifestar mi
disconformidad con el recibo emitido el pasado {DATE2} por importe de {AMT} €, cargado en mi cuenta
{IBAN} sin autorización previa.

Ya expuse el problema por teléfono a su agente, el Sr. {L2}, quien me aseguró que la incidencia
quedaría resuelta en diez días hábiles. A día de hoy no he recibido respuesta alguna.

Por todo ello, SOLICITO:

  1. La anulación del recibo y la devolución íntegra del importe.
  2. Una explicación por escrito del origen del cargo.

De no ser atendida mi petición, presentaré la correspondiente hoja de reclamaciones ante la Oficina
Municipal de Información al Consumidor y, en su caso, acudiré a la Junta Arbitral de Consumo.

Sin otro particular, reciban un cordial saludo.

Atentamente,


Fdo.: {P1}
NIF: {NIF}
"""

TUNE["correo_cotizacion_respondido"] = """
De: {P2} <{EMAIL2}>
Para: "{PC3}" <{EMAIL3}>
CC: {IN1}; {IN4}
Fecha: {DATE} {TIME}
Asunto: RE: Cotización de mobiliario para la sucursal {CITY}

Hola, {F3}:

Te confirmo que ya platiqué con el área de compras y nos autorizaron el presupuesto. ¿Nos puedes
mandar la factura a nombre de {ORG}? La entrega sería en {ADDR}, con atención a la Lic. {L1},
que es quien recibe en almacén de lunes a viernes.

Cualquier duda, me marcas a mi celular {PHONE}.

Saludos cordiales,

Ing. {P2}
Gerente de Operaciones
{ORG}

-----Mensaje original-----
El {DATE2}, {P3} <{EMAIL3}> escribió:
> Estimado ingeniero {L2}:
>
> Le hago llegar la cotización folio {NUM} por un total de ${AMT} MXN más IVA.
> Los precios tienen vigencia de 15 días naturales y el flete va incluido.
>
> Quedo al pendiente de sus comentarios.
>
> {P3}
> Ejecutiva de Ventas | {ORG2}
> Tel. {PHONE2}
"""

TUNE["contrato_trabajo_temporal"] = """
CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA
(art. 15 del Estatuto de los Trabajadores)

En {CITY}, a {DATE}

REUNIDOS

De una parte, D. {P2}, con NIF {NIF}, en nombre y representación de la empresa {ORG}, con
domicilio social en {ADDR}, en su calidad de administrador único.

De otra parte, D.ª {P1}, nacida el {DOB}, con NIE {NIE} y domicilio en {ADDR2}.

Ambas partes se reconocen capacidad legal suficiente para suscribir el presente contrato y, a tal
efecto,

ACUERDAN

PRIMERA.— La Sra. {L1} prestará sus servicios como auxiliar administrativa, grupo profesional 4,
en el centro de trabajo que la empresa tiene en {CITY2}.
SEGUNDA.— La duración del contrato será de seis meses, con inicio el {DATE2}.
TERCERA.— La jornada será de 40 horas semanales, de lunes a viernes.
CUARTA.— La retribución bruta anual será de {AMT} €, distribuida en catorce pagas.
QUINTA.— El salario se abonará por transferencia a la cuenta {IBAN}, de la que es titular la
trabajadora.
SEXTA.— Se establece un periodo de prueba de un mes.

Y en prueba de conformidad, firman el presente documento por triplicado en el lugar y fecha arriba
indicados.

LA TRABAJADORA                              POR LA EMPRESA


Fdo.: {PX1}                            Fdo.: {PX2}
"""

TUNE["nomina_mensual"] = """
RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS

EMPRESA: {ORG}
DOMICILIO: {ADDR}                                      C.C.C.: {NUM}

TRABAJADOR/A: {PU3}
NIF: {NIF}            CATEGORÍA: Oficial de 1.ª             ANTIGÜEDAD: {DATE}
PERIODO DE LIQUIDACIÓN: mensual {YEAR}                      TOTAL DÍAS: 30

 I. DEVENGOS                                                        IMPORTE
---------------------------------------------------------------------------
 Salario base                                                      1.342,10
 Plus de convenio                                                    118,45
 Plus de transporte                                                   96,00
 Horas extraordinarias                                                54,30
                                           A. TOTAL DEVENGADO      1.610,85

 II. DEDUCCIONES
---------------------------------------------------------------------------
 Contingencias comunes                       4,70 %                  75,71
 Desempleo                                   1,55 %                  24,97
 Formación profesional                       0,10 %                   1,61
 Retención IRPF                             11,00 %                 177,19
                                           B. TOTAL A DEDUCIR        279,48

                                     LÍQUIDO TOTAL A PERCIBIR (A-B)  {AMT}

Abonado por transferencia a la cuenta {IBAN} el {DATE2}.

Firma y sello de la empresa                         RECIBÍ
                                                    {IN3}
"""

TUNE["remision_interconsulta"] = """
{ORG}
SOLICITUD DE REMISIÓN / INTERCONSULTA

Fecha: {DATE}                  Hora: {TIME}               Historia clínica N.º {NUM}

DATOS DEL PACIENTE
Nombres y apellidos: {PI1}
Fecha de nacimiento: {DOB}      Sexo: F
Dirección: {ADDR}
Celular: {PHONE}
Acompañante: {P4} (esposo) – Cel. {PHONE2}

ESPECIALIDAD A LA QUE SE REMITE: CARDIOLOGÍA
Prioridad: [ ] Urgente   [X] Prioritaria   [ ] Programada

MOTIVO DE LA REMISIÓN
Paciente de 58 años con cuadro de tres semanas de disnea de medianos esfuerzos, palpitaciones y
edema maleolar bilateral. Antecedente de hipertensión arterial en manejo con losartán 50 mg/día.
EKG del día de hoy: fibrilación auricular con respuesta ventricular controlada.

Se remite a la señora {L1} para valoración por cardiología y ecocardiograma transtorácico.
Favor informar a la paciente y a su acompañante los resultados en contrarreferencia.

Médico que remite: Dr. {P2}
Medicina General — Registro médico {NUM}
Firma: ______________________
"""

TUNE["receta_consultorio"] = """
{ORG}
Consultorios externos · {ADDR}
Turnos: {PHONE}

                                                              {CITY}, {DATE}

Paciente: {PC3}
Obra social / prepaga: {ORG2}          N.º de afiliado: {NUM}
Diagnóstico: faringoamigdalitis aguda

Rp/
    Amoxicilina 500 mg comp.
    Nº 21 (veintiún) comprimidos
    Tomar 1 comprimido cada 8 horas durante 7 días.

Rp/
    Ibuprofeno 400 mg comp.
    Nº 10 (diez) comprimidos
    1 comprimido cada 8 h, con las comidas, si hay dolor o fiebre.

Indicaciones: abundante líquido, reposo relativo; control en 72 horas si persiste la fiebre.


                                                   Dra. {P1}
                                                   Médica clínica — M.P. {NUM}
"""

TUNE["escritura_poder_pleitos"] = """
NÚMERO {NUM}.—

ESCRITURA DE PODER GENERAL PARA PLEITOS.—

En {CITY}, mi residencia, a {DATE}.

Ante mí, {PX4}, Notario del Ilustre Colegio Notarial correspondiente,

=================================== COMPARECE ===================================

DOÑA {PX3}, mayor de edad, casada, vecina de {CITY2}, con domicilio en {ADDR}, nacida el {DOB}
y provista de D.N.I. y N.I.F. número {NIF}.

INTERVIENE en su propio nombre y derecho.

Tiene, a mi juicio, la capacidad legal necesaria para otorgar esta escritura de PODER, y al
efecto

==================================== OTORGA =====================================

Que confiere poder tan amplio y bastante como en Derecho se requiera a favor de los Procuradores
de los Tribunales DON {PX2} y DOÑA {PX1}, y de los Letrados del despacho {ORG}, para que,
indistintamente cualquiera de ellos, representen a la poderdante ante toda clase de Juzgados y
Tribunales, interpongan recursos, absuelvan posiciones y desistan de las acciones ejercitadas.

Así lo dice y otorga la compareciente, a quien hago las reservas y advertencias legales.

Leída esta escritura por mí, el Notario, a la señora {L3}, la aprueba y firma conmigo.

De todo lo cual, y de que el presente instrumento público queda extendido en dos folios de papel
exclusivo para documentos notariales, yo, el Notario, doy fe.

Está la firma de la compareciente.— Signado: {IN4}.— Rubricados y sellado.
"""

TUNE["informe_notas_semestre"] = """
INFORME DE CALIFICACIONES — PRIMER SEMESTRE {YEAR}
{ORG}

Estudiante:     {PU3}
Curso:          7.º Básico B
Profesora jefe: {P1}

Asignatura                         N1     N2     N3     N4    Prom.
--------------------------------------------------------------------
Lenguaje y Comunicación            6,2    5,8    6,5    6,1    6,2
Matemática                         5,1    4,7    5,5    5,9    5,3
Historia, Geografía y Cs. Sociales 6,8    6,5    7,0    6,6    6,7
Ciencias Naturales                 5,9    6,3    6,0    5,6    6,0
Inglés                             6,9    7,0    6,4    6,8    6,8
Educación Física y Salud           7,0    7,0    6,8    7,0    7,0
Artes Visuales                     6,4    6,0    6,6    6,2    6,3
--------------------------------------------------------------------
PROMEDIO GENERAL                                                6,3
Asistencia: 94 %

Observaciones de la profesora jefe:
{F3} es una estudiante responsable y participativa. Debe reforzar Matemática; se sugiere que
asista al taller de reforzamiento de los jueves a las {TIME}. Felicito a la familia por el
compromiso mostrado durante el semestre.

Apoderado: {P4}          Teléfono: {PHONE}

_________________________                  _________________________
{P1}                                        Firma apoderado
Profesora jefe
"""

TUNE["chat_padres_excursion"] = """
{DATE} 19:02 - {P1}: Buenas tardes, familias 👋 Recordad que mañana es la excursión al museo. Salida a las 9:00 desde la puerta del patio
{DATE} 19:03 - {P1}: Tienen que llevar almuerzo, agua y la autorización firmada (la que os mandé el lunes)
{DATE} 19:05 - {P3}: Gracias, {F1}! ¿Hay que llevar dinero para la entrada?
{DATE} 19:06 - {P1}: No, la entrada la paga el AMPA 😊
{DATE} 19:11 - {PHONE}: Hola, soy {P4}, el papá de la niña nueva. Me ha llegado el mensaje por {F3}. ¿A qué hora vuelven?
{DATE} 19:12 - {P3}: Bienvenido!! Sobre las 14:30 creo
{DATE} 19:12 - {P1}: Exacto, a las 14:30 en el mismo sitio
{DATE} 19:20 - {P2}: Yo no encuentro la autorización 🙈 me la podéis reenviar?
{DATE} 19:21 - {P3}: @{fl2} te la paso por privado
{DATE} 19:21 - {P2}: Mil gracias, {F3}, eres un sol
{DATE} 19:34 - {P1}: Otra cosa: si alguien puede acompañarnos como padre/madre voluntario, que me escriba a {EMAIL1}
{DATE} 19:40 - {P4}: Yo puedo, trabajo de tarde
{DATE} 19:41 - {P1}: Genial, {F4}, apuntado ✅
{DATE} 19:58 - {P2}: <Multimedia omitido>
"""

TUNE["acta_junta_propietarios"] = """
ACTA DE LA JUNTA GENERAL ORDINARIA DE LA COMUNIDAD DE PROPIETARIOS
{ADDR}

En {CITY}, siendo las {TIME} horas del día {DATE}, se reúnen en segunda convocatoria, en el portal
del inmueble, los propietarios que a continuación se relacionan:

ASISTENTES
  1.º A ...... {PC1} (presidenta)
  1.º B ...... {PC2}
  2.º A ...... {PC3}, representada por su hijo, {P4}
  Local ...... {ORG2}, representada por su gerente

Actúa como secretario-administrador el colegiado de {ORG}.

ORDEN DEL DÍA
  1. Aprobación, si procede, de las cuentas del ejercicio {YEAR}.
  2. Derrama para la reparación de la fachada.
  3. Ruegos y preguntas.

DESARROLLO DE LA SESIÓN
1. Se aprueban por unanimidad las cuentas presentadas, con un saldo a favor de {AMT} €.
2. La Sra. Presidenta expone los tres presupuestos recibidos. El Sr. {L2} vota en contra y solicita
   que conste en acta su disconformidad con el reparto por coeficientes. Se aprueba por mayoría el
   presupuesto más económico, a pagar en cuatro cuotas trimestrales.
3. Doña {F3} ruega que se revise la iluminación del garaje. D. {F4} {L4} se ofrece a pedir
   presupuesto a un electricista.

Y no habiendo más asuntos que tratar, se levanta la sesión a las 21:15 horas, de lo que como
secretario doy fe.

Vº Bº LA PRESIDENTA                           EL SECRETARIO-ADMINISTRADOR
{IN1}
"""

TUNE["ticket_soporte_facturacion"] = """
Ticket #{NUM}  ·  Estado: ABIERTO  ·  Prioridad: Alta  ·  Canal: correo
Cliente: {ORG}
Contacto: {P3} <{EMAIL3}>  ·  Tel: {PHONE}
Asignado a: {fl2} (Nivel 2)
Creado: {DATE} {TIME}

── Mensaje del cliente ──────────────────────────────────────────
Hola, desde ayer no podemos emitir facturas electrónicas: el programa da "Error 503 – firma no
válida" al enviar. Somos tres en administración y estamos parados. Por favor, llamadme cuanto antes.
{F3}

── Nota interna · {IN4} ─────────────────────────────────────────
Revisado con {F2}: el certificado digital del cliente caducó el {DATE2}. Le he pedido que suba el
nuevo desde el panel. Si no lo tiene, derivar a {P4} (Certificados).

── Respuesta al cliente ─────────────────────────────────────────
Estimada {F3}:

Gracias por contactar con nosotros. El problema se debe a la caducidad de su certificado de firma.
Una vez renovado, basta con importarlo en Configuración > Firma > Certificados.

Un saludo,
{P2}
Soporte técnico · {ORG2}
"""

TUNE["factura_servicios"] = """
FACTURA N.º {NUM}
Fecha de expedición: {DATE}

EMISOR                                         CLIENTE
{ORG}                                          {P4}
{ADDR}                                         {ADDR2}
Tel. {PHONE}                                   NIF: {NIF}

Concepto                                    Uds.    Precio      Importe
-------------------------------------------------------------------------
Revisión anual caldera de gas                  1     65,00        65,00
Sustitución termopar                           1     18,50        18,50
Desplazamiento                                 1     25,00        25,00
Mano de obra (h)                               2     32,00        64,00
-------------------------------------------------------------------------
                                       Base imponible            172,50
                                       IVA 21 %                   36,23
                                       TOTAL FACTURA             {AMT} €

Forma de pago: transferencia bancaria a {IBAN}
Vencimiento: 30 días fecha factura

Atendido por: {IN2}
"""

TUNE["anuncios_clasificados"] = """
CLASIFICADOS                                                          Edición del {DATE}
======================================================================================

INMUEBLES
SE RENTA departamento amueblado, 2 recámaras, cerca del centro de {CITY}. Informes con la
Sra. {F1} al {PHONE}, de 10 a 14 h.

VENDO casa en {CITY2}, 180 m² de construcción, escrituras en regla. Trato directo, sin
intermediarios. Tratar con {P2}: {PHONE2}.

EMPLEO
SE SOLICITA ayudante de cocina con experiencia para {ORG}. Presentarse con solicitud elaborada
en {ADDR}. Preguntar por el chef {L4}.

SE OFRECE señora responsable para cuidado de adultos mayores, turno nocturno. Referencias
comprobables. Escribir a {EMAIL3}.

VARIOS
VENDO bicicleta de montaña rodada 29, poco uso, ${AMT}. {F4}, correo {EMAIL4}.
CLASES de regularización de matemáticas y física, primaria y secundaria. Prof. {IN1}. A domicilio.
PERDIDO perro mestizo color canela, responde al nombre de Chispa. Se gratificará. {PHONE2}.
"""

TUNE["esquela_funeral"] = """
                                    †

                 ROGAD A DIOS EN CARIDAD POR EL ALMA DE

                          DOÑA {PX1}
                         (Viuda de D. {P2})

      Que falleció en {CITY} el día {DATE}, a los 87 años de edad,
   habiendo recibido los Santos Sacramentos y la Bendición Apostólica.

                                D. E. P.

Sus hijos, {P3} y {P4}; hijos políticos; nietos; bisnietos, hermana y demás familia

RUEGAN una oración por su alma y agradecen las muestras de cariño recibidas.

La misa funeral se celebrará mañana, a las {TIME} horas, en la iglesia parroquial de {CITY}.
Capilla ardiente: {ORG}, sala n.º 4.
"""

TUNE["noticia_biblioteca_comunal"] = """
REGIONALES

Vecinos de {CITY} inauguran biblioteca comunal levantada con faenas
Por {P4} | {CITY2}, {DATE}

Más de doscientos vecinos participaron el último domingo en la inauguración de la primera
biblioteca comunal del distrito, un local de adobe de 60 metros cuadrados que reúne cerca de
tres mil libros donados.

La iniciativa fue impulsada por la profesora jubilada {P1}, quien durante dos años recorrió
colegios y parroquias pidiendo libros usados. "Aquí los chicos no tenían dónde hacer sus tareas;
ahora tienen internet y un lugar caliente", afirmó {L1}, de 64 años.

La empresa {ORG} donó las computadoras y el mobiliario, mientras que la municipalidad se
comprometió a pagar el servicio de luz durante los próximos cinco años.

Según {P2}, presidente de la junta vecinal, el local abrirá de lunes a sábado de 3 a 8 de la
noche. "La señora {F1} nos enseñó que con faenas se puede todo", dijo.

Pie de foto: {P1} (izq.) junto a la bibliotecaria {P3} durante la ceremonia. (Foto: {IN4})
"""

TUNE["confirmacion_reserva_vuelo_hotel"] = """
CONFIRMACIÓN DE RESERVA                               Localizador: {NUM}
{ORG}

Estimado/a cliente, le confirmamos los servicios siguientes:

Titular de la reserva: {PU1}
Correo: {EMAIL1}        Móvil: {PHONE}

PASAJEROS
  1. {PX1}           Adulto        F. nac.: {DOB}
  2. {PX2}           Adulto        Doc.: {NIE}

VUELOS
  IDA      {DATE}    {CITY} → {CITY2}        salida {TIME}    Turista
  VUELTA   {DATE2}   {CITY2} → {CITY}        salida 18:40     Turista

ALOJAMIENTO
  {ORG2}
  {ADDR}
  2 noches · Habitación doble · Régimen de alojamiento y desayuno

IMPORTE TOTAL: {AMT} €   (pagado con tarjeta terminada en 4471)

Contacto en caso de emergencia: {P3} — {PHONE2}

Le rogamos que revise los nombres tal y como figuran en su documentación. Cualquier cambio
posterior puede conllevar gastos de gestión.
"""

TUNE["exportacion_crm_oportunidades"] = """
# Exportación CRM — oportunidades abiertas
# Generado: {DATE} {TIME} por {fl2}
# Separador: punto y coma · Codificación: UTF-8
# Filtro: etapa distinta de "Ganada" · campos vacíos = sin dato
id;nombre;apellidos;empresa;correo;telefono;ciudad;etapa;importe_estimado
4501;{F1};{L1};{ORG};{EMAIL1};{PHONE};{CITY};Propuesta enviada;{AMT}
4502;{F2};{L2};{ORG2};{EMAIL2};{PHONE2};{CITY2};Negociación;12500,00
4503;{F3};{L3};;{EMAIL3};;{CITY};Contacto inicial;0,00
4504;{F4};{L4};{ORG};{EMAIL4};;;Perdida;3200,00
# 4 registros exportados
# Importes en euros, sin IVA
# Responsable de cuenta por defecto: {PC2}
"""

TUNE["cuadrante_turnos_semana"] = """
CUADRANTE DE TURNOS — SEMANA {NUM}
Centro: {ORG}
Responsable de planta: {PC2}

  L    M    X    J    V    S    D     EMPLEADO/A
---------------------------------------------------------------------
  M    M    T    T    L    L    N     {PI1}
  T    T    L    L    M    M    M     {PI2}
  L    N    N    N    L    T    T     {PI3}
  M    L    M    M    T    T    L     {PI4}
---------------------------------------------------------------------
M = mañana (07:00-15:00)   T = tarde (15:00-23:00)   N = noche   L = libre

NOTAS
- {F3} cubre a {F1} la noche del martes (cambio aprobado).
- Recordad fichar a la entrada y a la salida.
- Los cambios de turno se piden a {IN2} con 48 h de antelación ({EMAIL2}).
"""

TUNE["solicitud_vacaciones"] = """
SOLICITUD DE VACACIONES / PERMISOS                                 Ref.: {NUM}

Nombre y apellidos ......... {P3}
Departamento ............... Contabilidad
Responsable directo ........ {P2}
Correo ..................... {EMAIL3}

Tipo de solicitud:
  [X] Vacaciones anuales
  [ ] Asuntos propios
  [ ] Permiso por matrimonio
  [ ] Permiso por fallecimiento u hospitalización de familiar
  [ ] Otros: ______________________

Fecha de inicio ............ {DATE}
Fecha de fin ............... {DATE2}
Días laborables ............ 10

Durante mi ausencia me sustituirá: {P4} (ext. 214)

Firma del/de la solicitante:              Fecha:
{IN3}                                     {DATE}

----------------------------------------------------------------------
A CUMPLIMENTAR POR EL RESPONSABLE
  [X] Aprobada    [ ] Denegada        Motivo: ______________________
  V.º B.º: {L2}                       RR. HH.: {P1}
"""

TUNE["neg_menu_del_dia"] = """
                     MENÚ DEL DÍA
              De lunes a viernes · Mediodía
                    {AMT} € (IVA incluido)

PRIMEROS
  · Lentejas Estofadas con Verduras
  · Ensalada Mixta de la Huerta
  · Crema de Calabaza con Picatostes
  · Salmorejo con Huevo y Jamón

SEGUNDOS
  · Merluza a la Romana con Patatas
  · Pollo al Ajillo
  · Albóndigas en Salsa de Almendras
  · Tortilla Española con Pimientos Verdes

POSTRES
  · Flan Casero · Natillas · Fruta del Tiempo · Arroz con Leche

Pan, Bebida y Café incluidos.

*Consulte a nuestro Personal de Sala la Carta de Alérgenos.
*Suplemento Terraza: 1,50 €
*Servicio de Cocina hasta las {TIME}
"""

TUNE["neg_manual_lavavajillas"] = """
MANUAL DE INSTRUCCIONES — LAVAVAJILLAS SERIE {NUM}

1. INSTALACIÓN
   Coloque el Aparato sobre una Superficie Nivelada.
   Conecte la Manguera de Entrada a una Toma de Agua Fría.
   NO utilice Alargadores ni Enchufes Múltiples.

2. PANEL DE MANDOS
   Botón ON/OFF ............ Enciende y apaga el Aparato
   Botón PROGRAMA .......... Selecciona el Ciclo de Lavado
   Botón INICIO DIFERIDO ... Retrasa el Inicio de 1 a 24 horas
   Indicador SAL ........... Se ilumina cuando falta Sal Regeneradora

3. PROGRAMAS
   INTENSIVO 70 °C   Ollas y Sartenes muy sucias
   ECO 50 °C         Vajilla de uso diario (Programa de Referencia)
   RÁPIDO 35 °C      Carga ligera, sin restos secos

4. MANTENIMIENTO
   Limpie el Filtro una vez por semana.
   Revise los Brazos Aspersores cada mes.

ADVERTENCIA: Mantenga a los Niños alejados del Detergente.
Garantía: 2 años desde la fecha de compra ({YEAR}).
"""


# --- mitad reservada (held out) -----------------------------------------------------------------------

HELD = {}

HELD["carta_propuesta_servicios"] = """
{CITY}, {DATE}


Señora
{P1}
Directora Administrativa
{ORG}
{ADDR}

Asunto: Propuesta de servicios de mantenimiento preventivo

Respetada doctora {L1}:

Reciba un cordial saludo de parte de {ORG2}. Atendiendo a la visita realizada a sus instalaciones
el pasado {DATE2}, nos permitimos presentar a su consideración la propuesta de mantenimiento
preventivo y correctivo de equipos de aire acondicionado para la vigencia {YEAR}.

La propuesta incluye dos visitas mensuales, atención de urgencias en un máximo de cuatro horas y
repuestos originales con garantía de seis meses, por un valor mensual de {AMT} pesos, IVA incluido.

Para mayor información puede comunicarse con nuestro asesor comercial, el señor {P2}, al celular
{PHONE} o al correo {EMAIL2}, quien con gusto coordinará una reunión con su equipo técnico.

Agradecemos de antemano la atención prestada.

Cordialmente,



{PX4}
Gerente General
{ORG2}
Tel. {PHONE2}

Anexo: lo enunciado (4 folios)
Copia: {IN3}, Jefa de Compras – {ORG}
"""

HELD["carta_amonestacion_escrita"] = """
{ORG}
Departamento de Recursos Humanos

                                                 D. {P2}
                                                 {ADDR}

                                                 {CITY}, {DATE}

ENTREGADA EN MANO

Muy Sr. nuestro:

Por medio de la presente, la Dirección de esta empresa le comunica que ha decidido imponerle una
SANCIÓN POR FALTA LEVE consistente en AMONESTACIÓN POR ESCRITO, de conformidad con lo previsto en
el convenio colectivo de aplicación, por los siguientes

HECHOS

Los días {DATE2} y siguientes usted se incorporó a su puesto con retrasos superiores a treinta
minutos sin justificación alguna, tal y como consta en el registro de jornada y ha confirmado su
encargada, D.ª {P3}.

Asimismo, se le recuerda que el Sr. {L4}, jefe de turno, ya le advirtió verbalmente de estos
hechos en dos ocasiones.

Le advertimos que la reiteración de estas conductas podría dar lugar a sanciones más graves.

Se da traslado de la presente a la representación legal de los trabajadores.

Atentamente,

Fdo.: {P1}
Directora de RR. HH.

Recibí el duplicado:
Fdo.: {L2}, {F2}          Fecha: ____/____/______
"""

HELD["certificado_trabajo_art80"] = """
CERTIFICADO DE TRABAJO
(Art. 80 de la Ley de Contrato de Trabajo)

{ORG}
Domicilio legal: {ADDR}

Por la presente se CERTIFICA que el Sr. {PX2}, nacido el {DOB}, prestó servicios en
relación de dependencia en esta empresa desde el {DATE} hasta el {DATE2}, fecha en que se
extinguió el vínculo laboral por renuncia del trabajador.

Categoría:              Oficial especializado
Convenio aplicable:     CCT {NUM}
Modalidad:              Tiempo indeterminado, jornada completa
Última remuneración:    ${AMT} mensuales

Durante el período indicado se efectuaron los aportes y contribuciones a la seguridad social, cuyo
detalle se adjunta en planilla anexa.

Se deja constancia de que el señor {L2} se desempeñó con responsabilidad y buena conducta.

Se extiende el presente a pedido del interesado, para ser presentado ante quien corresponda, en
{CITY}, el {DATE}.



                                                ..........................................
                                                {P1}
                                                Jefa de Personal
"""

HELD["informe_alta_hospitalaria"] = """
{ORG}
SERVICIO DE MEDICINA INTERNA — Planta 3.ª
{ADDR} · Tel. {PHONE}

INFORME DE ALTA HOSPITALARIA

Paciente: {PU4}                      NHC: {NUM}
Fecha de nacimiento: {DOB}           Sexo: varón
Fecha de ingreso: {DATE}             Fecha de alta: {DATE2}
Médico responsable: Dra. {IN1}

MOTIVO DE INGRESO
Varón de 71 años que acude a Urgencias acompañado de su hija, {P3}, por fiebre de 38,9 °C,
tos productiva y disnea de 48 horas de evolución.

ANTECEDENTES PERSONALES
No alergias medicamentosas conocidas. HTA. DM tipo 2 en tratamiento con metformina. Exfumador.

EXPLORACIÓN Y PRUEBAS COMPLEMENTARIAS
Crepitantes en base derecha. Rx de tórax: condensación en lóbulo inferior derecho.
PCR 142 mg/L. Hemocultivos negativos.

JUICIO CLÍNICO
Neumonía adquirida en la comunidad. Insuficiencia respiratoria parcial resuelta.

TRATAMIENTO AL ALTA
- Amoxicilina/ácido clavulánico 875/125 mg, 1 comp. cada 8 h hasta completar 7 días.
- Paracetamol 1 g si fiebre.
- Continuar con su medicación habitual.

RECOMENDACIONES
Control por su médico de Atención Primaria en 7-10 días. Acudir a Urgencias si empeora.

El Sr. {L4} es dado de alta en situación clínica estable.

Fdo.: {P1}
Facultativa Especialista de Área — Medicina Interna
"""

HELD["resultados_laboratorio_quimica"] = """
{ORG}
Sucursal {CITY} · {ADDR}

PACIENTE:  {PX3}                        FOLIO: {NUM}
EDAD:      46 años    SEXO: Femenino    F. NAC.: {DOB}
MÉDICO:    DR. {PX2}
TOMA DE MUESTRA: {DATE} {TIME}          ENTREGA: {DATE2}

QUÍMICA SANGUÍNEA
ESTUDIO                     RESULTADO     UNIDADES     VALORES DE REFERENCIA
------------------------------------------------------------------------------
Glucosa                        112 *      mg/dL        70 - 100
Urea                            31        mg/dL        15 - 45
Creatinina                     0.8        mg/dL        0.5 - 1.1
Ácido úrico                    6.4 *      mg/dL        2.4 - 5.7
Colesterol total               228 *      mg/dL        < 200
Triglicéridos                  189 *      mg/dL        < 150
HDL                             44        mg/dL        > 40
------------------------------------------------------------------------------
* Valor fuera del intervalo de referencia.

Validó: Q.F.B. {P1}
Céd. Prof. {NUM}

Los resultados deben ser interpretados por su médico tratante. Consulte sus resultados en línea
con el folio impreso en este documento.
"""

HELD["recordatorios_cita_sms"] = """
Mensajes ({PHONE})

{ORG}
{DATE} 10:02
Hola {F1}, le recordamos su cita con la Dra. {L3} el {DATE2} a las {TIME}. Responda SI para
confirmar o NO para cancelar.

Yo  10:15
SI

{ORG}
{DATE} 10:15
Gracias. Su cita ha sido confirmada. Traiga su tarjeta sanitaria y llegue 10 min antes.

{ORG2}
{DATE} 12:40
{PX1}: su pedido de lentes está listo para recoger en {ADDR}. Horario L-V 10-20 h.

Yo  12:52
Perfecto, paso el sábado. ¿Puede recogerlo mi marido, {F2}?

{ORG2}
{DATE} 13:05
Sí, indicando su nombre y el n.º de pedido {NUM}. Cualquier duda: {PHONE2}.
"""

HELD["cedula_citacion_juzgado"] = """
JUZGADO DE PRIMERA INSTANCIA E INSTRUCCIÓN N.º 2
DE {CITY}

Procedimiento: Juicio Verbal (Desahucio) {NUM}
Parte demandante: {P2}
Procurador/a: {P3}
Parte demandada: {P1}

CÉDULA DE CITACIÓN

En virtud de lo acordado en resolución de fecha {DATE}, dictada en el procedimiento arriba
indicado, por medio de la presente se CITA a:

    D.ª {PX1}
    {ADDR}

para que comparezca ante este Juzgado, sito en {ADDR2}, el día {DATE2}, a las {TIME} horas,
a fin de asistir a la celebración de la VISTA, con los apercibimientos legales:

- Si no comparece, se le declarará en rebeldía y se dictará sentencia sin más trámites.
- Deberá concurrir con los medios de prueba de que intente valerse.
- Si pretende solicitar asistencia jurídica gratuita, deberá hacerlo dentro de los tres días
  siguientes a la recepción de esta cédula.

En {CITY}, a {DATE}.

EL/LA LETRADO/A DE LA ADMINISTRACIÓN DE JUSTICIA

Diligencia de entrega: recibida por {P4}, que dice ser hermano de la interesada, con NIE {NIE}.
"""

HELD["denuncia_comisaria"] = """
POLICÍA NACIONAL
COMISARÍA SECTORIAL — SECCIÓN DE DENUNCIAS

OCURRENCIA N.º {NUM}

En la ciudad de {CITY}, siendo las {TIME} horas del {DATE}, se presentó a esta dependencia la
persona de {PX3}, de 34 años de edad, natural de {CITY2}, con domicilio en {ADDR}, con teléfono
{PHONE}, quien DENUNCIA lo siguiente:

Que el día de ayer, aproximadamente a las 22:30 horas, cuando se dirigía a su domicilio en
compañía de su primo {P4}, fue interceptada por dos sujetos desconocidos a bordo de una
motocicleta lineal color negro, quienes la amenazaron con arma blanca y le sustrajeron:

  - Un teléfono celular marca genérica, color azul.
  - Una billetera conteniendo la suma de S/ {AMT} y tarjetas bancarias.
  - Llaves de su domicilio.

Que la denunciante ha procedido a bloquear sus tarjetas y su línea telefónica.

Se le hace saber sus derechos y se le entrega copia certificada de la presente.

Instructor: S3 PNP {PU2}
Denunciante: {P3}
Testigo: {P4}

Firma y post firma                          Huella digital
"""

HELD["cuaderno_comunicados"] = """
CUADERNO DE COMUNICACIONES — 3.º "A" — Turno mañana

{DATE}
Sres. padres:
Les comunicamos que el próximo viernes se realizará el acto por el Día de la Bandera. Los
alumnos deberán asistir con guardapolvo blanco y escarapela. Ingreso: {TIME}.
                                                    Seño {F1}
Notificado: ........................................

{DATE2}
Seño {F1}:
Le escribo porque {F3} estuvo con fiebre toda la noche y hoy no va a ir a la escuela. Le pido
por favor si le puede pasar la tarea a mi celular {PHONE}, o que se la mande con su compañero
{F4}, que es vecino nuestro.
Muchas gracias.
                                                    {P2} (papá de {F3})

{DATE2}
Sr. {L2}:
Quédese tranquilo, le mando la tarea en el cuaderno de su compañero {P4}. Que se mejore pronto.
Le recuerdo que la reunión de padres con la directora, la Sra. {L3}, es el martes.
                                                    {IN1} — Maestra de grado
Notificado: {P2}
"""

HELD["contrato_locacion_vivienda"] = """
CONTRATO DE LOCACIÓN DE INMUEBLE CON DESTINO A VIVIENDA

Entre {P3}, con domicilio real en {ADDR2}, en adelante "LA LOCADORA", por una parte, y
{P4}, nacido el {DOB}, con domicilio constituido en {CITY}, en adelante "EL LOCATARIO", por la
otra, se conviene celebrar el presente contrato de locación, sujeto a las siguientes cláusulas:

PRIMERA — OBJETO: LA LOCADORA da en locación a EL LOCATARIO el inmueble sito en {ADDR}, que
consta de dos ambientes, cocina, baño y balcón, en buen estado de conservación.

SEGUNDA — PLAZO: El plazo se establece en treinta y seis (36) meses, a contar desde el {DATE}.

TERCERA — PRECIO: El alquiler mensual se fija en la suma de PESOS {AMT}, pagadero del 1 al 10 de
cada mes mediante transferencia a la cuenta que indique LA LOCADORA.

CUARTA — GARANTÍA: {P2}, con domicilio en {ADDR2}, se constituye en fiador solidario, liso, llano
y principal pagador de todas las obligaciones de EL LOCATARIO.

QUINTA — DESTINO: El inmueble será destinado exclusivamente a vivienda del locatario y su grupo
familiar, quedando prohibida la sublocación total o parcial.

SEXTA — ADMINISTRACIÓN: Las gestiones de cobro estarán a cargo de {ORG}, tel. {PHONE}.

En prueba de conformidad, se firman tres ejemplares de un mismo tenor y a un solo efecto en la
ciudad de {CITY}, el {DATE2}.

..............................      ..............................      ..............................
LOCADORA: {L3}                      LOCATARIO: {L4}                     FIADOR: {IN2}
"""

HELD["parte_siniestro_auto"] = """
{ORG}
DECLARACIÓN DE SINIESTRO — AUTOMÓVILES                     N.º de siniestro: {NUM}

1. TOMADOR / ASEGURADO
   Apellidos, nombre: {PC1}
   NIF: {NIF}           Teléfono: {PHONE}         Correo: {EMAIL1}
   Domicilio: {ADDR}

2. CONDUCTOR EN EL MOMENTO DEL SINIESTRO
   [ ] El propio asegurado     [X] Otro: {P2}, fecha de nacimiento {DOB}

3. DATOS DEL SINIESTRO
   Fecha: {DATE}     Hora: {TIME}     Lugar: glorieta de acceso a {CITY}
   ¿Hubo heridos?  [ ] Sí  [X] No        ¿Intervino la policía?  [X] Sí  [ ] No

4. VEHÍCULO CONTRARIO
   Conductor: {P4}                    Aseguradora: {ORG2}
   Teléfono: {PHONE2}

5. DESCRIPCIÓN DE LOS HECHOS
   Circulando por el carril interior de la glorieta, el vehículo contrario se incorpora sin ceder
   el paso y golpea la aleta delantera derecha. Se cumplimenta Declaración Amistosa de Accidente,
   firmada por ambos conductores.

6. DAÑOS
   Aleta y faro delanteros derechos. Presupuesto de taller: {AMT} €.

Declaro que los datos son ciertos.               Firma del asegurado: {IN1}
"""

HELD["recibo_arriendo"] = """
                              RECIBO DE ARRIENDO
                                                                    N.º {NUM}

                                                               Por $ {AMT}.-

Recibí de don {P2} la suma de {AMT} pesos, por concepto de arriendo del departamento
ubicado en {ADDR}, correspondiente al mes en curso del año {YEAR}.

Forma de pago:   [X] Transferencia    [ ] Efectivo    [ ] Cheque
Banco de origen: cuenta del arrendatario

Saldo pendiente: $ 0.-

Gastos comunes: se pagan directamente en la administración del edificio ({ORG}).

{CITY}, {DATE}.



                                          _______________________________
                                          {P1}
                                          Arrendadora
                                          Fono: {PHONE}

c.c.: {IN3} (corredora de propiedades, {ORG2})
"""

HELD["boletin_club_ciclista"] = """
 ___________________________________________________________________
|                                                                   |
|   EL PIÑONERO — Boletín de socios · {ORG}                          |
|   Número {NUM} · Temporada {YEAR}                                 |
|___________________________________________________________________|

>> CRÓNICA DE LA MARCHA DE PRIMAVERA
Cuarenta y dos socios tomamos la salida el {DATE} desde la plaza de {CITY}. El grupo de cabeza,
tirado por {P2} y {P4}, coronó el puerto en una hora y diez. Mención especial para {P1}, que
completó su primera marcha larga con 117 km. ¡Enhorabuena, {F1}!

>> NUEVOS SOCIOS
Damos la bienvenida a {PC3} y a {PC4}.

>> CUOTAS
La cuota anual es de {AMT} €. Podéis domiciliarla en {IBAN} indicando nombre y apellidos.

>> AGENDA
  - Salida social a {CITY2} ........................... {DATE2}
  - Asamblea general, local social ..................... {TIME} h
  - Cena de hermandad (inscripciones a {F3}) ......... {EMAIL3}

>> EL RINCÓN DEL MECÁNICO
Este mes, nuestro "mago de las bielas", {L2}, nos explica cómo centrar una rueda sin
centrador. Lo tenéis en la página 4.

Junta Directiva: presidente, {IN2} · tesorera, {IN1} · secretario, {IN4}
"""

HELD["publicacion_red_social"] = """
{P3}
{DATE} · Público

Hoy hace 25 años que abrimos las puertas de {ORG} en {CITY} 🥖❤️ Mi papá, {P2}, empezó con un
horno de leña y un préstamo que nadie le quería dar. Gracias a todos los vecinos que siguen
viniendo cada mañana. ¡Este sábado, pan dulce gratis para todos!

👍❤️😮 1,2 mil · 186 comentarios · 74 veces compartido

Comentarios

{P1}
Felicidades, {F3}!! Me acuerdo de ir con mi abuela cuando era chica 😍
Me gusta · Responder · 3 h

    {P3}
    @{P1} gracias, reina! Te esperamos el sábado
    Me gusta · Responder · 2 h

{P4}
Don {F2} es un crack. Las mejores conchas de todo el barrio, sin discusión 👏
Me gusta · Responder · 2 h

{PX1}
Ya lo compartí en el grupo del barrio! Allá nos vemos el sábado con {F4} y los niños 😂
Me gusta · Responder · 1 h
"""

HELD["chat_vecinos_telegram"] = """
Vecinos del bloque 7 🏠 (34 miembros)

{P2}, [{DATE} 08:14]
Buenos días. ¿Alguien más se ha quedado sin agua caliente?

{P1}, [{DATE} 08:16]
Nosotros también. He llamado a la administración y dicen que viene el técnico a las 12

{fl4}, [{DATE} 08:17]
Otra vez la caldera 🙄 @{fl1} ¿te han dicho si es la bomba?

{P1}, [{DATE} 08:20]
No me han dicho nada. Si queréis llamar vosotros, el número es {PHONE}

{P3}, [{DATE} 09:02]
Por cierto, ha aparecido un paquete a nombre de {P4} en el portal, lo tengo yo en el 3.º B

{fl4}, [{DATE} 09:05]
Es mío!! Gracias {F3}, bajo ahora

[Respuesta a {P2}]
{P3}, [{DATE} 12:41]
Ya ha venido el técnico, en media hora dice que está arreglado

{P2}, [{DATE} 12:43]
👍 Gracias. Y recordad que el jueves es la reunión con {ORG}, en el bajo, a las {TIME}
"""

HELD["invitacion_boda"] = """
                                 ~ ❦ ~

                    {PX1}     y     {PX2}

            tienen el placer de invitarles a la boda de su hija

                                 {F3}
                                  con
                               {P4}

           que se celebrará (D. m.) el próximo {DATE}, a las {TIME} horas,
              en la parroquia de Nuestra Señora de la Asunción de {CITY}.

       A continuación se ofrecerá una comida en {ORG}, {ADDR2}.

                                 ~ ❦ ~

                   Se ruega confirmación antes del {DATE2}:
               {F3}: {PHONE}          {F4}: {PHONE2}

              Nuestro mejor regalo es vuestra compañía; si además
              queréis tener un detalle: {IBAN}

                      Los novios, {F3} y {F4}
"""

HELD["exportacion_json_pacientes"] = """
[
  {
    "id_paciente": "{NUM}",
    "nombre": "{F1}",
    "apellidos": "{L1}",
    "fecha_nacimiento": "{DOB}",
    "nif": "{NIF}",
    "telefono": "{PHONE}",
    "email": "{EMAIL1}",
    "direccion": "{ADDR}",
    "medico_asignado": "Dr. {P2}",
    "ultima_visita": "{DATE}"
  },
  {
    "id_paciente": "{NUM}-B",
    "nombre": "{F3}",
    "apellidos": "{L3}",
    "fecha_nacimiento": null,
    "nie": "{NIE}",
    "telefono": "{PHONE2}",
    "email": "{EMAIL3}",
    "direccion": "{ADDR2}",
    "medico_asignado": "Dr. {P4}",
    "ultima_visita": "{DATE2}",
    "observaciones": "Acompañada por su tutora legal, {P1}. Idioma preferente: español."
  }
]
"""

HELD["hoja_firmas_formacion"] = """
HOJA DE CONTROL DE ASISTENCIA — ACCIÓN FORMATIVA
Curso: Prevención de Riesgos Laborales — Nivel Básico (30 h)
Entidad organizadora: {ORG}
Fecha: {DATE}      Horario: {TIME} a 14:00      Aula 2
Docente: {PU2}

N.º	APELLIDOS Y NOMBRE	DNI/NIE	EMPRESA	FIRMA
1	{PI1}	{NIF}	{ORG2}	__________
2	{PI3}	{NIE}	{ORG2}	__________
3	{PI4}	—	{ORG}	(no asiste)
4	{PU1}	—	{ORG}	__________

Observaciones: el alumno n.º 3 ({P4}) justifica la ausencia por baja médica; recuperará la
sesión el {DATE2}.

Firma del docente:	{IN2}
V.º B.º coordinación:	{P3}
"""

HELD["ficha_inscripcion_taller"] = """
FICHA DE INSCRIPCIÓN — TALLERES MUNICIPALES DE VERANO {YEAR}

DATOS DEL/DE LA PARTICIPANTE
Nombre: ..................... {F3}
Apellidos: .................. {L3}
Fecha de nacimiento: ........ {DOB}
Domicilio: .................. {ADDR}

DATOS DEL PADRE / MADRE / TUTOR
Nombre completo: ............ {P1}
NIF/NIE: .................... {NIE}
Teléfono de contacto: ....... {PHONE}
Correo electrónico: ......... {EMAIL1}
Otra persona autorizada para recoger al menor: {P2} (abuelo) — {PHONE2}

TALLER ELEGIDO (marque uno)
  [ ] Teatro        [X] Robótica        [ ] Cerámica        [ ] Natación

ALERGIAS / OBSERVACIONES MÉDICAS: intolerancia a la lactosa

[X] Autorizo la toma de imágenes con fines de difusión de la actividad.
[X] He leído la información sobre protección de datos.

En {CITY}, a {DATE}                         Firma: {IN1}

Entregar en {ORG} o enviar a {EMAIL4}
"""

HELD["libro_registro_huespedes"] = """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Parte de viajeros · establecimiento: {ORG} · generado {DATE} -->
<parteViajeros establecimiento="{ORG}" fechaEnvio="{DATE}">
  <viajero>
    <apellidos>{L1}</apellidos>
    <nombre>{F1}</nombre>
    <documento tipo="NIF">{NIF}</documento>
    <fechaNacimiento>{DOB}</fechaNacimiento>
    <fechaEntrada>{DATE2}</fechaEntrada>
    <telefono>{PHONE}</telefono>
  </viajero>
  <viajero>
    <apellidos>{L2}</apellidos>
    <nombre>{F2}</nombre>
    <documento tipo="NIE">{NIE}</documento>
    <fechaEntrada>{DATE2}</fechaEntrada>
    <parentesco titular="{P1}">cónyuge</parentesco>
  </viajero>
  <viajero>
    <apellidos>{L4}</apellidos>
    <nombre>{F4}</nombre>
    <documento tipo="NIF_PT">{PTNIF}</documento>
    <correo>{EMAIL4}</correo>
  </viajero>
  <recepcionista>{IN3}</recepcionista>
</parteViajeros>
"""

HELD["neg_receta_cocina"] = """
BIZCOCHO DE YOGUR DE LA ABUELA
Tiempo: 50 minutos · Dificultad: Fácil · Raciones: 8

INGREDIENTES
- 1 Yogur Natural (el vasito nos sirve de Medida)
- 3 Huevos Camperos
- 2 medidas de Azúcar
- 3 medidas de Harina de Trigo
- 1 medida de Aceite de Oliva Suave
- 1 sobre de Levadura Química
- Ralladura de un Limón

ELABORACIÓN
1. PRECALIENTA el Horno a 180 °C, calor arriba y abajo.
2. BATE los Huevos con el Azúcar hasta que blanqueen.
3. AÑADE el Yogur, el Aceite y la Ralladura. Mezcla bien.
4. TAMIZA la Harina con la Levadura e incorpórala con movimientos envolventes.
5. ENGRASA un Molde y vierte la masa.
6. HORNEA durante 35-40 minutos. Comprueba con un Palillo que sale limpio.

TRUCO DEL CHEF: Deja enfriar sobre una Rejilla antes de desmoldar.
Se conserva tierno hasta 4 días en un Recipiente Hermético.
"""

HELD["neg_reglamento_piscina"] = """
PISCINA MUNICIPAL — NORMAS DE USO
Temporada {YEAR} · Horario: de 11:00 a {TIME}

ES OBLIGATORIO
  ✔ Ducharse antes de entrar al Vaso.
  ✔ Usar Gorro de Baño en la Piscina Cubierta.
  ✔ Utilizar Chanclas en la zona de Playa.
  ✔ Respetar las indicaciones del Socorrista.

QUEDA PROHIBIDO
  ✘ Introducir Envases de Vidrio.
  ✘ Comer en la zona de Césped junto al Vaso.
  ✘ Saltar de cabeza o correr por el Recinto.
  ✘ El acceso de Animales de Compañía.

Los menores de 12 años deberán ir acompañados de un Adulto.
Aforo máximo: 350 Bañistas.

TARIFAS
  Entrada Adulto ............... 3,20 €
  Entrada Infantil ............. 1,80 €
  Bono 15 Baños ................ {AMT} €

La Dirección se reserva el Derecho de Admisión.
EN CASO DE TORMENTA SE DESALOJARÁ EL RECINTO.
"""
