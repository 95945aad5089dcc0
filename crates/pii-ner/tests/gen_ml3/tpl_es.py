"""Plantillas en español para el tercer conjunto multilingüe de generalización (véase gen_ml3.py).

Spanish templates for the third multilingual generalization set (see gen_ml3.py), escritas de nuevo
para este conjunto y directamente en español: cartas, nóminas, volantes médicos, poderes notariales,
citaciones, hilos de correo, chats, actas, boletines de notas, formularios, exportaciones CSV/TSV/JSON,
facturas, noticias locales, esquelas y currículos, tal como se redactan en España y en Latinoamérica.

Nombres: listas compiladas a mano de nombres de pila y apellidos corrientes en España (incluidos los
ámbitos vasco, catalán y gallego), México, Argentina, Colombia, Chile y Perú, sus vecinos (Uruguay,
Paraguay, Bolivia, Ecuador, Venezuela) y sus comunidades inmigrantes más numerosas (marroquí, rumana,
china, senegalesa, paquistaní, nikkei y tusán en Perú), del tipo registrado como elementos de nombre
de pila / apellido en Wikidata (CC0 1.0); ninguno procede de Faker ni de otra biblioteca de datos
falsos. Las organizaciones y los dominios de correo son inventados.
"""

# --- nombres de pila femeninos ---------------------------------------------------------------------
GIVEN_F = [
    # España, ámbito vasco
    "Arantxa", "Iratxe", "Olatz", "Maialen", "Garazi", "Miren", "Edurne", "Nekane",
    # España, ámbito gallego y catalán
    "Uxía", "Antía", "Roser",
    # España, nombres tradicionales y de advocación (incluidas las formas compuestas con Mari-)
    "Triana", "Azucena", "Loreto", "Almudena", "Covadonga", "Araceli", "Felisa", "Herminia",
    "Fuensanta", "Eulalia", "Purificación", "Ascensión", "Maripaz", "Mariví", "Maricruz", "Mariluz",
    # México
    "Xóchitl", "Itzel Abigail", "Citlali", "Ximena", "Nayeli", "Eréndira", "Maricela", "Rosalba",
    # Argentina, Uruguay
    "Florencia", "Agustina", "Micaela", "Romina", "Delfina", "Yanina", "Mirta", "Nélida",
    # Colombia, Venezuela (nombres compuestos de dos palabras)
    "Sandra Milena", "Gloria Inés", "Nubia Stella", "Yolima", "Ludivia", "Marleny", "Yusmary", "Mariangel",
    # Chile
    "Javiera", "Constanza", "Josefa", "Isidora",
    # Perú, Bolivia
    "Rosmery", "Yovana", "Nilda", "Killa",
    # comunidades inmigrantes: marroquí, rumana, china
    "Latifa", "Souad", "Meryem", "Nawal", "Siham", "Hanane", "Zineb",
    "Camelia", "Nicoleta", "Jing", "Xiaoling",
]

# --- nombres de pila masculinos --------------------------------------------------------------------
GIVEN_M = [
    # España, ámbito vasco
    "Asier", "Gorka", "Ander", "Eneko",
    # España, ámbito catalán y gallego (compuestos de dos palabras)
    "Arnau", "Biel", "Quim", "Joan Ramon", "Anxo", "Iago", "Xosé Lois",
    # España, nombres tradicionales
    "Eusebio", "Baltasar", "Cayetano", "Nicanor", "Venancio", "Jacobo", "Ginés", "Isidro", "Maximino",
    "Faustino", "Lisardo", "Telmo", "Gumersindo", "Celestino", "Eladio", "Abelardo",
    # México
    "Cuauhtémoc", "Rigoberto", "Efraín", "Heriberto", "Porfirio", "Emiliano", "Octavio",
    # Argentina, Uruguay
    "Facundo", "Gastón", "Nahuel", "Lautaro", "Ezequiel", "Santino", "Hernán",
    # Colombia, Venezuela
    "Jhonny Alexander", "Yeison", "Wilmer", "Alirio", "Duván", "Hernando", "Yonathan",
    # Chile
    "Cristóbal", "Maximiliano", "Benjamín", "Patricio",
    # Perú, Bolivia
    "Wilfredo", "Percy", "Teófilo", "Leoncio", "Elmer",
    # comunidades inmigrantes: marroquí, rumana, china, senegalesa, paquistaní
    "Mourad", "Abdellah", "Driss", "Brahim", "Lahcen", "Redouane", "Ayoub",
    "Marius", "Ovidiu", "Dorin", "Haoran", "Zhiwei", "Cheikh", "Abdoulaye", "Imran",
]

# --- apellidos (el generador toma dos por persona: primer y segundo apellido) ------------------------
FAMILY = [
    # España, ámbito vasco (con partícula en minúscula, como se escriben)
    "Echeverría", "Arrieta", "Zubiaurre", "Larrañaga", "Olabarrieta", "Zabaleta", "Lizarraga", "Aranburu",
    "Ugarte", "Sáenz de Buruaga", "Vélez de Mendizábal",
    # España, ámbito catalán
    "Vilanova", "Roig", "Pujol", "Riera", "Bosch", "Batlle", "Sabaté", "Prats", "Rovira", "Gispert",
    "Farré", "Estruch", "Tarrés", "Casademunt",
    # España, ámbito gallego
    "Outeiro", "Piñeiro", "Castiñeira", "Seoane", "Regueiro", "Novoa", "Carballo", "Barreiro", "Pazos",
    "Mosquera",
    # España, ámbito castellano; con partícula; compuestos con guion
    "Montero", "Pascual", "Arroyo", "Vallejo", "Aparicio", "Bermúdez", "Villalobos", "Valverde",
    "Salcedo", "Escobar", "Ocaña", "Toledano", "Montesinos", "Bustamante", "Cifuentes", "Quesada",
    "Mateos", "Solís", "de la Torre", "del Pozo", "del Olmo", "de la Hoz", "del Moral", "de Haro",
    "Sáenz-Díez", "Mateos-Aparicio", "Díez-Picazo", "Alonso-Cuevillas", "Montero-Ríos",
    # México
    "Villaseñor", "Zúñiga", "Ochoa", "Quintero", "Tapia", "Zamudio", "Escamilla", "Arreola", "Galván",
    "Mejía", "Olvera", "Trujillo", "Maldonado", "Bárcenas", "Cuautle",
    # Argentina, Uruguay, Paraguay (incluidos apellidos de origen italiano)
    "Bustos", "Coria", "Gauna", "Ledesma", "Quiroga", "Sosa", "Funes", "Videla", "Aráoz", "Scarpati",
    "Galimberti", "Ortellado", "Villalba", "Riquelme", "Bogarín", "Techera", "Olivera",
    # Colombia, Venezuela, Ecuador
    "Cardona", "Arango", "Osorio", "Londoño", "Giraldo", "Zuluaga", "Betancur", "Gaviria", "Henao",
    "Echeverri", "Urdaneta", "Chacón", "Bracho", "Cevallos", "Yánez", "Tenesaca",
    # Chile (incluidos apellidos mapuches)
    "Fuenzalida", "Errázuriz", "Sepúlveda", "Contreras", "Araya", "Saavedra", "Mardones",
    "Huenchumilla", "Catrileo", "Painemal",
    # Perú, Bolivia (quechuas, aimaras, tusanes y nikkei)
    "Huamán", "Condori", "Ticona", "Apaza", "Huanca", "Yupanqui", "Limachi", "Chiang", "Tamashiro",
    "Kanashiro",
    # comunidades inmigrantes: marroquí, rumana
    "Tahiri", "Ouazzani", "Lahlou", "Chakir", "Zerouali", "El Khattabi",
    "Stoica", "Lungu", "Ciobanu", "Moldovan", "Tănase", "Oprea", "Zamfir", "Nistor",
]

# --- lugares ---------------------------------------------------------------------------------------
CITIES = [
    # España
    "Alcalá de Henares", "Jerez de la Frontera", "Vitoria-Gasteiz", "Donostia-San Sebastián", "Ponferrada",
    "Lugo", "Albacete", "Talavera de la Reina", "Sant Cugat del Vallès", "Castellón de la Plana",
    "El Puerto de Santa María", "Torrelavega", "Motril", "Linares", "Elche", "Gijón", "Huesca", "Úbeda",
    "Sanlúcar de Barrameda", "Ourense", "Getafe", "Mataró", "Alzira", "Dos Hermanas",
    "Las Palmas de Gran Canaria", "Santa Cruz de Tenerife", "Palencia", "Soria", "Teruel",
    # México y otros países hispanohablantes
    "San Luis Potosí", "Querétaro", "Morelia", "Aguascalientes", "Xalapa", "Tlaquepaque",
    "Valparaíso", "Arequipa", "Rosario", "Bucaramanga", "Cochabamba",
]

STREETS = [
    "Calle Mayor", "Avenida de la Constitución", "Calle del Doctor Fleming", "Paseo de la Estación",
    "Plaza de la Iglesia", "Travesía del Conde", "Camino Viejo del Molino", "Calle Real",
    "Rambla de Sant Pere", "Carrer de la Riera Baixa", "Rúa do Hórreo", "Calle de los Almendros",
    "Avenida de Andalucía", "Calle San Bernardo", "Ronda de Poniente", "Calle Tejares",
    "Avenida Hidalgo", "Calle 5 de Mayo", "Pasaje de los Tilos", "Glorieta de las Palmeras",
    "Calle Nueva", "Avenida de los Deportes", "Calle Sor Ángela de la Cruz", "Costanilla de San Pedro",
]

ORGS = [
    "Talleres Mecánicos Irazábal, S.L.",
    "Conservas Olaizola e Hijos, S.A.",
    "Grupo Hostelero Alcaraván, S.L.U.",
    "Farmacia Zubeldia",
    "Clínica Dental Sonrisa Clara",
    "Centro Médico Santa Engracia",
    "Policlínica Vallesur",
    "Asesoría Fiscal Berenguer y Asociados",
    "Lacasa & Valdés Abogados",
    "Colegio Los Almendros",
    "IES Campo Verde",
    "Asociación de Vecinos La Alameda Norte",
    "Club Deportivo Atlético Robledal",
    "Peña Ciclista Los Pedales",
    "Consorcio de Aguas Sierra Norte",
    "Agencia Comarcal de Empleo Valle Medio",
    "Ferretería Hermanos Cuadrado",
    "Panadería La Espiga Dorada",
    "Inmobiliaria Solmayor, S.L.",
    "Transportes Urquiola, S.L.",
    "Distribuidora Agroalimentaria Vallebrón, S.A.",
    "Seguros La Previsora del Sur, S.A.",
    "Cooperativa Olivarera Nuestra Señora de la Vega",
    "Muebles Artesanales Lizano, S.A. de C.V.",
    "Consultora Andina Ramos Ponce S.A.C.",
    "Laboratorio Clínico Biolab Centro SpA",
    "Estudio Contable Pereyra & Asociados S.R.L.",
    "Gestoría Almazán",
    "Academia de Idiomas Babel Norte",
    "Fundación Horizonte Solidario",
    "Óptica Miravisión",
    "Clínica Veterinaria Cuatro Patas",
]

MAIL_DOMAINS = [
    "correo-alcaravan.es", "talleresirazabal.es", "vallesur-salud.es", "gestoriaalmazan.com",
    "asesoriaberenguer.es", "miravision.com.mx", "buzonred.es", "biolabcentro.cl", "pereyra-contable.com.ar",
]


# =====================================================================================================
# TUNE
# =====================================================================================================
TUNE = {}

TUNE["carta_reclamacion_proveedor"] = """
{ORG}
{ADDR}
Tel. {PHONE}

Sr. D. {P2}
Departamento Comercial
{ORG2}
{ADDR2}

{CITY}, a {DATE}

Asunto: Reclamación por el pedido n.º {NUM}

Estimado Sr. {L2}:

Nos ponemos en contacto con usted en relación con la mercancía recibida en nuestro almacén de {CITY2}. De las 40 cajas servidas, 6 llegaron con el embalaje roto y el contenido inservible, tal como hizo constar en el albarán nuestro jefe de almacén, D. {P4}.

Le rogamos que proceda a la reposición del material o, en su defecto, al abono de {AMT} euros en la cuenta {IBAN}. Adjuntamos las fotografías tomadas en el momento de la descarga.

Quedamos a la espera de su respuesta. Sin otro particular, le saluda atentamente,

{P1}
Responsable de Compras
{EMAIL1}
"""

TUNE["contrato_trabajo_clausulas"] = """
CONTRATO DE TRABAJO DE DURACIÓN INDEFINIDA

En {CITY}, a {DATE}

REUNIDOS

De una parte, D.ª {P1}, mayor de edad, con NIF {NIF}, que actúa en nombre y representación de la empresa {ORG}, con domicilio social en {ADDR}.

De otra parte, D. {P4}, mayor de edad, con NIE {NIE}, nacido el {DOB} y con domicilio a efectos de notificaciones en {ADDR2}.

Ambas partes se reconocen capacidad legal suficiente para suscribir el presente contrato y

ACUERDAN

PRIMERA.- El Sr. {L4} prestará sus servicios como técnico de mantenimiento, grupo profesional 3, en el centro de trabajo de {CITY2}.
SEGUNDA.- La jornada será de 40 horas semanales, de lunes a viernes, con un periodo de prueba de seis meses.
TERCERA.- La retribución bruta anual será de {AMT} euros, distribuida en 14 pagas, que se abonarán mediante transferencia a la cuenta {IBAN}.
CUARTA.- En lo no previsto en este contrato se estará a lo dispuesto en el convenio colectivo del sector.

Y en prueba de conformidad, firman por duplicado en el lugar y fecha indicados.

La empresa                                  El trabajador
Fdo.: {IN1}                                 Fdo.: {IN4}
"""

TUNE["nomina_mensual"] = """
RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS

EMPRESA: {ORG}                     DOMICILIO: {ADDR}
TRABAJADOR/A: {PU3}                NIF: {NIF}
CATEGORÍA: Auxiliar administrativa   ANTIGÜEDAD: {DATE2}
PERIODO DE LIQUIDACIÓN: mensual     Nº REF.: {NUM}

I. DEVENGOS                                   IMPORTE
   Salario base ...........................   {AMT}
   Plus de transporte .....................   96,40
   Complemento de puesto ..................   210,00

II. DEDUCCIONES
   Contingencias comunes (4,70 %) .........   87,12
   Desempleo (1,55 %) .....................   28,73
   Formación profesional (0,10 %) .........    1,85
   Retención IRPF (11 %) ..................  203,90

Líquido a percibir transferido a la cuenta {IBAN}

{CITY}, {DATE}
Firma y sello de la empresa                  Recibí: {P3}
"""

TUNE["solicitud_vacaciones_correo"] = """
De: {P3} <{EMAIL3}>
Para: {P2} <{EMAIL2}>
Cc: {P4} <{EMAIL4}>
Asunto: Solicitud de vacaciones - segunda quincena

Hola, {F2}:

Te escribo para pedirte la segunda quincena de vacaciones, del {DATE} al {DATE2}, ambos incluidos. Ya lo he hablado con {F4} y él se encarga de cubrir las incidencias del turno de tarde mientras esté fuera.

Dejo cerradas las conciliaciones del mes y el informe de cobros subido a la carpeta compartida. Si hubiera alguna urgencia, estaré localizable en el {PHONE}.

¿Me confirmas si te parece bien para que lo registre en el portal?

Gracias y un saludo,
{F3}

--
{P3}
Técnica de Administración · {ORG}
"""

TUNE["bienvenida_incorporacion"] = """
De: {P3} <{EMAIL3}>
Para: {P1} <{EMAIL1}>
Cc: {P2} <{EMAIL2}>
Asunto: ¡Bienvenida al equipo, {F1}!

Hola, {F1}:

¡Qué alegría tenerte con nosotros! Te esperamos el {DATE} a las {TIME} en nuestra oficina de {ADDR}. Pregunta en recepción por {P2}, que será tu tutor durante las primeras semanas y te presentará al resto del equipo de Logística.

Para ese primer día necesitamos que traigas:
  - DNI o NIE en vigor
  - Número de afiliación
  - Certificado de titularidad de la cuenta bancaria
  - Una foto tamaño carné para la tarjeta de acceso

Tu portátil estará configurado con el usuario que te enviaremos por SMS al {PHONE}. Si tienes cualquier duda antes de empezar, escríbenos sin problema.

Un abrazo y bienvenida,
{P3}
Responsable de Selección
"""

TUNE["volante_derivacion"] = """
SERVICIO DE SALUD - ATENCIÓN PRIMARIA
Centro: {ORG}
Volante de derivación a Atención Especializada

Datos de la paciente
Apellidos y nombre: {PC1}
Fecha de nacimiento: {DOB}
NIF: {NIF}
Domicilio: {ADDR}
Teléfono de contacto: {PHONE}

Servicio de destino: Dermatología        Prioridad: preferente

Motivo de la derivación:
Paciente de 54 años que consulta por lesión pigmentada en la espalda, de bordes irregulares y crecimiento en los últimos meses. Sin antecedentes familiares conocidos. Se solicita valoración y, si procede, exéresis.

Médico solicitante: Dr. {P2}
Nº colegiado: {NUM}
{CITY}, {DATE}
"""

TUNE["receta_medica"] = """
RECETA MÉDICA - ASISTENCIA SANITARIA PRIVADA

Paciente: {P4}
Fecha de nacimiento: {DOB}      NIE: {NIE}

Rp/
  Amoxicilina/ácido clavulánico 875/125 mg, 20 comprimidos
  Posología: 1 comprimido cada 8 horas durante 7 días

  Paracetamol 1 g, 40 comprimidos
  Posología: 1 comprimido cada 8 horas si fiebre o dolor

Duración del tratamiento: 7 días

Prescriptora: Dra. {P3}
Especialidad: Otorrinolaringología
{ORG} · {ADDR}
{CITY}, {DATE}
"""

TUNE["recordatorio_cita_sms"] = """
{ORG}: Hola, {F1}. Le recordamos su cita con el Dr. {L2} el {DATE} a las {TIME} en {ADDR}. Si no puede acudir, llame al {PHONE} o responda ANULAR a este mensaje. Gracias.
---
{ORG}: Estimado/a paciente, su cita del {DATE} ha quedado ANULADA. Para una nueva cita llame al {PHONE} de 9:00 a 14:00.
---
{ORG}: {F1}, recuerde traer en ayunas la muestra para la analítica del {DATE2}. Ref. {NUM}.
"""

TUNE["poder_notarial"] = """
NÚMERO {NUM}

ESCRITURA DE PODER GENERAL PARA PLEITOS

En {CITY}, mi residencia, a {DATE}.

Ante mí, {P4}, Notario del Ilustre Colegio Notarial, con residencia en esta ciudad,

COMPARECE

DOÑA {PX1}, mayor de edad, divorciada, vecina de {CITY2}, con domicilio en {ADDR}, y provista de NIF {NIF}.

Interviene en su propio nombre y derecho. La identifico por su documento de identidad reseñado y tiene, a mi juicio, la capacidad legal necesaria para otorgar este poder y, a tal efecto,

OTORGA

Que confiere poder tan amplio y bastante como en derecho se requiera a favor de DON {PX2}, abogado, y de DOÑA {PX3}, procuradora de los tribunales, para que, indistintamente, la representen ante toda clase de juzgados y tribunales.

Así lo dice y otorga la compareciente, a quien hago las reservas y advertencias legales.

Leída esta escritura por la compareciente, la aprueba y firma conmigo, el Notario, que doy fe.
"""

TUNE["citacion_judicial"] = """
JUZGADO DE PRIMERA INSTANCIA E INSTRUCCIÓN N.º 2
{ADDR}
Tel.: {PHONE}

Procedimiento: Juicio verbal n.º {NUM}
Demandante: {P1}
Demandado: {P2}

CÉDULA DE CITACIÓN

En virtud de lo acordado en resolución de esta fecha, se cita a D. {P2}, con domicilio en {ADDR2}, para que comparezca ante este Juzgado el día {DATE}, a las {TIME}, a fin de asistir a la celebración de la vista del juicio arriba indicado.

Deberá acudir con los medios de prueba de que intente valerse y asistido de abogado si lo estima conveniente. Se le apercibe de que, si no comparece, se declarará su rebeldía y el procedimiento seguirá su curso.

En {CITY}, a {DATE2}.
EL/LA LETRADO/A DE LA ADMINISTRACIÓN DE JUSTICIA
{P3}
"""

TUNE["denuncia_multa_trafico"] = """
NOTIFICACIÓN DE DENUNCIA
Expediente sancionador n.º {NUM}

Titular del vehículo: {PU4}
NIF/NIE: {NIE}
Domicilio: {ADDR}

Vehículo: turismo (datos en el boletín adjunto)
Lugar de la infracción: {ADDR2}
Fecha: {DATE}     Hora: {TIME}

Hecho denunciado: Estacionar en lugar reservado para carga y descarga.
Precepto infringido: art. 94.2 RGC     Puntos a detraer: 0
Importe: 200,00 €. Con reducción del 50 % si abona en el plazo de 20 días naturales: 100,00 €.

Puede efectuar el pago mediante transferencia a la cuenta {IBAN}, indicando el número de expediente, o formular alegaciones por escrito en el mismo plazo.

Agente denunciante n.º 4417. Instructora del procedimiento: {IN3}.
{CITY}, {DATE2}
"""

TUNE["ticket_soporte_tecnico"] = """
Ticket #{NUM} · Estado: Abierto · Prioridad: Alta
Cliente: {ORG}
Solicitante: {P1} <{EMAIL1}>
Asignado a: {P4}
Creado: {DATE} {TIME}

Asunto: No se sincroniza el TPV con la tienda online

Mensaje de {F1}:
Buenos días. Desde la actualización de anoche el terminal de caja de la tienda de {CITY} no descarga los pedidos web. Ya reiniciamos el equipo dos veces. Tenemos mucho movimiento, por favor llámenme al {PHONE}.

Respuesta de {IN4} (agente):
Hola, {F1}. Hemos revisado los registros y el certificado de conexión había caducado. Lo hemos renovado desde aquí; en unos 10 minutos debería volver a sincronizar. Si no es así, responda a este ticket y le llamamos.

Nota interna: avisar a {P2} para revisar el resto de clientes con la misma versión.
"""

TUNE["hilo_correo_reenviado"] = """
De: {P2} <{EMAIL2}>
Enviado el: {DATE2}
Para: {P3} <{EMAIL3}>
Asunto: RV: Presupuesto reforma local

{F3}, te reenvío lo de {L1}. A mí el precio me parece razonable, pero mira lo del plazo, que nos pilla en plena campaña. Lo comentamos mañana.

---------- Mensaje reenviado ----------
De: {P1} <{EMAIL1}>
Fecha: {DATE}
Para: {P2} <{EMAIL2}>
Asunto: Presupuesto reforma local

Buenas tardes, {F2}:

Tal como hablamos en la visita, le adjunto el presupuesto de la reforma del local de {ADDR}: demolición de tabiquería, instalación eléctrica nueva y suelo porcelánico. Importe total: {AMT} € más IVA. Plazo de ejecución estimado: cinco semanas desde la firma.

Un saludo,
{P1}
Jefa de obra · {ORG}
Móvil {PHONE}
"""

TUNE["chat_whatsapp_familia"] = """
{DATE}, 9:41 - {P1}: Buenos días familia!! Ya está el turno para la comida del domingo en casa de la abuela
{DATE}, 9:43 - {F2}: Yo llevo el vino y el pan
{DATE}, 9:44 - {P3}: Nosotros salimos de {CITY} a eso de las 11, llegamos justos
{DATE}, 9:47 - {P1}: Perfecto. {F4} puedes pasar tú a recoger a la abuela? Está en {ADDR}
{DATE}, 9:52 - {F4}: Sí, sin problema. Que me mande alguien el número del portero que no lo tengo
{DATE}, 9:53 - {P1}: {PHONE}
{DATE}, 9:53 - {P3}: <Multimedia omitido>
{DATE}, 10:05 - {F2}: jajaja qué foto más buena, {F3} estás igualita
{DATE}, 10:06 - {F4}: 👍
"""

TUNE["acta_junta_comunidad"] = """
ACTA DE LA JUNTA GENERAL ORDINARIA DE LA COMUNIDAD DE PROPIETARIOS
{ADDR}

En {CITY}, siendo las {TIME} horas del día {DATE}, se reúnen en segunda convocatoria en el portal del inmueble los propietarios que a continuación se relacionan:

Asistentes:
  - {P1}, presidenta (piso 2.º A)
  - {P2} (piso 1.º B)
  - {P3}, en representación de su madre (piso 3.º A)
  - {P4}, administrador de la finca ({ORG})

Orden del día:
1. Lectura y aprobación, si procede, del acta anterior.
2. Aprobación de cuentas del ejercicio {YEAR}.
3. Presupuesto para la sustitución del ascensor.
4. Ruegos y preguntas.

Se aprueban por unanimidad los puntos 1 y 2. En cuanto al punto 3, el Sr. {L2} propone pedir dos presupuestos más; la propuesta se aprueba con el voto en contra de la Sra. {L3}. Se acuerda una derrama de {AMT} € por vivienda.

Sin más asuntos que tratar, se levanta la sesión a las 21:10 horas.

Vº Bº La Presidenta                    El Secretario-Administrador
{P1}                                   {P4}
"""

TUNE["boletin_notas_primaria"] = """
{ORG}
INFORME DE EVALUACIÓN - SEGUNDO TRIMESTRE - Curso {YEAR}

Alumna: {PC3}
Curso: 4.º de Educación Primaria, grupo B
Tutor: {P2}

Área                                  Calificación
Lengua Castellana y Literatura ....... Notable (8)
Matemáticas .......................... Sobresaliente (9)
Ciencias de la Naturaleza ............ Notable (7)
Inglés ............................... Bien (6)
Educación Física ..................... Sobresaliente (10)

Observaciones del tutor:
{F3} ha trabajado con constancia este trimestre y participa mucho en clase. Debe cuidar la presentación de los cuadernos y repasar la lectura en voz alta en casa.

Faltas de asistencia: 2 (justificadas)

En {CITY}, a {DATE}
Firma del padre, madre o tutor legal: ______________
"""

TUNE["formulario_inscripcion_curso"] = """
HOJA DE INSCRIPCIÓN - CURSOS DE VERANO
{ORG}

DATOS DEL ALUMNO
Nombre ............................ {F4}
Apellidos ......................... {L4}
Fecha de nacimiento ............... {DOB}
NIF/NIE ........................... {NIE}
Domicilio ......................... {ADDR}
Teléfono .......................... {PHONE}
Correo electrónico ................ {EMAIL4}

CURSO SOLICITADO
[X] Iniciación a la fotografía digital    Turno: mañana
[ ] Cerámica                               Turno: tarde

DATOS BANCARIOS PARA LA DOMICILIACIÓN
Titular de la cuenta .............. {P1}
IBAN .............................. {IBAN}

Fecha y firma: {CITY}, {DATE}
"""

TUNE["exportacion_csv_clientes"] = """
id_cliente;nombre;apellidos;nif;telefono;email;localidad;alta
{NUM};{F1};{L1};{NIF};{PHONE};{EMAIL1};{CITY};{DATE}
C-0231;{F2};{L2};;{PHONE2};{EMAIL2};{CITY2};{DATE2}
C-0232;{F3};{L3};;;{EMAIL3};{CITY};
C-0233;{F4};{L4};{NIE};;{EMAIL4};;
"""

TUNE["factura_taller"] = """
{ORG}
{ADDR}
Tel. {PHONE}

FACTURA N.º {NUM}
Fecha de emisión: {DATE}

Cliente: {P2}
NIF: {NIF}
Dirección: {ADDR2}

Concepto                                        Uds.   Importe
Cambio de aceite y filtro                        1      64,90
Pastillas de freno delanteras                    1      88,50
Mano de obra (horas)                             2      96,00
                                        TOTAL (IVA incluido): {AMT} €

Forma de pago: transferencia bancaria a {IBAN}
Vencimiento: {DATE2}
"""

TUNE["noticia_local_accidente"] = """
Herido un vecino de {CITY2} al volcar su tractor en un camino rural

{CITY} | {DATE}

Un hombre de 67 años, {P2}, resultó herido de gravedad en la mañana de ayer al volcar el tractor que conducía en un camino agrícola de las afueras de {CITY}. Según los servicios de emergencia, el accidente se produjo hacia las {TIME}, cuando el vehículo se salió de la pista en una curva.

Fue su vecina {P3} quien dio el aviso al ver el tractor volcado desde su finca. "Lo encontré consciente pero atrapado por una pierna", relató a este periódico. Los bomberos tardaron cerca de una hora en liberarlo.

{L2} fue trasladado en helicóptero al hospital de referencia, donde permanece ingresado en la UCI con pronóstico reservado. El alcalde, {P4}, ha vuelto a reclamar que se arregle el firme de ese camino.
"""

TUNE["esquela"] = """
✝

ROGAD A DIOS EN CARIDAD POR EL ALMA DE

DOÑA {PX1}

Viuda de D. {P2}

Falleció en {CITY}, el día {DATE}, a los 88 años de edad,
habiendo recibido los Santos Sacramentos.

D. E. P.

Sus hijos, {F3} y {F4}; hijos políticos; nietos; hermanos y demás familia
RUEGAN una oración por su alma.

Capilla ardiente: tanatorio municipal, sala 3.
El funeral se celebrará mañana, a las {TIME}, en la iglesia parroquial de {CITY2}.
"""

TUNE["receta_cocina_sin_datos"] = """
TORTILLA DE PATATAS JUGOSA (para 4 personas)

Ingredientes:
- 6 huevos camperos
- 700 g de patatas
- 1 cebolla mediana (opcional, pero recomendable)
- Aceite de oliva virgen extra
- Sal

Preparación:
1. Pela las patatas y córtalas en láminas finas. Pica la cebolla en juliana.
2. Pocha las patatas y la cebolla en abundante aceite a fuego medio durante unos 25 minutos, sin que lleguen a dorarse.
3. Escúrrelas bien y mézclalas con los huevos batidos y la sal. Deja reposar la mezcla 10 minutos.
4. Cuaja la tortilla en una sartén con una cucharada de aceite, dale la vuelta con ayuda de un plato y deja un par de minutos más por el otro lado.

Consejo de la Casa: sírvela templada, nunca recién hecha, y acompáñala de una buena ensalada de tomate.
"""

TUNE["procedimiento_copias_seguridad"] = """
PROCEDIMIENTO INTERNO PI-07: COPIAS DE SEGURIDAD
Revisión {NUM} · Vigente desde {YEAR}

1. OBJETO
Garantizar que la información de los Servidores de Gestión y de la Base de Datos de Clientes pueda recuperarse ante cualquier incidente.

2. ALCANCE
Afecta a todos los Departamentos y al personal del Área de Sistemas.

3. RESPONSABILIDADES
El Responsable de Sistemas verifica a diario el resultado de las copias. La Dirección aprueba cualquier cambio de este procedimiento.

4. DESARROLLO
4.1. La copia incremental se lanza cada noche a las {TIME}.
4.2. La copia completa se realiza semanalmente y se conserva durante 5 semanas.
4.3. Una vez al trimestre se hace una prueba de restauración, de la que se deja constancia en el Registro de Incidencias.
4.4. Los soportes externos se guardan bajo llave en el Armario Ignífugo de la Planta Baja.

5. REGISTROS
Hoja de Verificación Diaria (formato F-07-1) e Informe Trimestral de Restauración (formato F-07-2).
"""


# =====================================================================================================
# HELD
# =====================================================================================================
HELD = {}

HELD["carta_aceptacion_presupuesto"] = """
{ORG2}
Att. D.ª {P3}
{ADDR2}

{CITY}, {DATE}

Muy señora mía:

Por la presente le comunico que la Junta Directiva de {ORG} ha aprobado el presupuesto n.º {NUM} que usted nos remitió para el mantenimiento de las instalaciones deportivas durante la temporada {YEAR}, por un importe total de {AMT} euros, IVA incluido.

Le agradecería que se pusiera en contacto con nuestro gerente, D. {P4}, en el teléfono {PHONE}, para fijar la fecha de inicio de los trabajos. El pago se hará en tres plazos mediante transferencia, previa presentación de las facturas correspondientes.

Aprovecho la ocasión para saludarla atentamente.

{P2}
Tesorero
{ORG}
{ADDR}
"""

HELD["carta_recomendacion"] = """
{ORG}
{ADDR}

A QUIEN CORRESPONDA:

Por medio de la presente hago constar que la Sra. {P1}, con NIE {NIE}, trabajó en nuestra empresa desde el {DATE2} hasta el {DATE}, desempeñando el puesto de coordinadora de almacén.

Durante ese tiempo, {F1} demostró gran capacidad de organización, responsabilidad y un trato excelente con sus compañeros y con los clientes. Bajo su coordinación el equipo redujo notablemente los errores de preparación de pedidos. Su salida se debe únicamente a su deseo de trasladarse a {CITY2} por motivos familiares.

Por todo ello, la recomiendo sin reservas para cualquier puesto de responsabilidad. Quedo a su disposición para ampliar esta información en el {PHONE} o en {EMAIL2}.

Se extiende la presente a petición de la interesada, en {CITY}, a {DATE}.

Atentamente,

{P2}
Director de Operaciones
"""

HELD["carta_baja_voluntaria"] = """
{P4}
{ADDR}
NIE: {NIE}

A la atención del Departamento de Recursos Humanos
{ORG}

{CITY}, {DATE}

Muy señores míos:

Por medio de la presente les comunico mi decisión de causar baja voluntaria en la empresa, en la que presto servicios como conductor-repartidor, con efectos del día {DATE2}, respetando así el plazo de preaviso de quince días establecido en el convenio.

Les ruego que preparen la liquidación, saldo y finiquito, así como el certificado de empresa, y que me lo comuniquen a {EMAIL4}.

Quiero agradecer especialmente a mi encargada, {P1}, el apoyo recibido durante estos años.

Atentamente,

Fdo.: {P4}

Recibí (por la empresa): _______________   Fecha: ________
"""

HELD["informe_alta_hospitalaria"] = """
{ORG}
Servicio de Medicina Interna

INFORME DE ALTA

Paciente: {PU2}            Sexo: varón
F. nacimiento: {DOB}       NIF: {NIF}
Nº historia clínica: {NUM}
Fecha de ingreso: {DATE2}  Fecha de alta: {DATE}

Motivo de ingreso: Disnea progresiva y edemas en miembros inferiores.

Antecedentes: HTA, DM tipo 2 en tratamiento con metformina. Exfumador desde hace 10 años.

Evolución: El paciente ingresa por insuficiencia cardiaca descompensada. Responde bien al tratamiento diurético intravenoso, con pérdida de 4 kg de peso. Al alta se encuentra asintomático y deambula sin ayuda.

Juicio clínico: Insuficiencia cardiaca con FEVI conservada, descompensada.

Tratamiento al alta: Furosemida 40 mg, 1-0-0. Resto de su medicación habitual sin cambios.

Recomendaciones: Control por su médico de atención primaria en una semana. Revisión en consultas externas de Cardiología.

Facultativa responsable: Dra. {P3}
"""

HELD["resultado_analitica"] = """
{ORG}
{ADDR} · Tel. {PHONE}

INFORME DE RESULTADOS
Paciente: {PI1}                  Nº de petición: {NUM}
Fecha de nacimiento: {DOB}
Médico peticionario: Dr. {IN2}
Fecha de extracción: {DATE}

BIOQUÍMICA                 Resultado   Unidades    Valores de referencia
Glucosa                    92          mg/dL       70 - 110
Colesterol total           236 *       mg/dL       < 200
Colesterol HDL             58          mg/dL       > 45
Triglicéridos              121         mg/dL       < 150
Creatinina                 0,78        mg/dL       0,50 - 0,90

HEMATOLOGÍA
Hemoglobina                12,9        g/dL        12,0 - 15,5
Leucocitos                 6,4         x10^3/µL    4,0 - 10,0

(*) Valor fuera del intervalo de referencia.
Validado por: {P3}, facultativa especialista en Análisis Clínicos
"""

HELD["contrato_arrendamiento_vivienda"] = """
CONTRATO DE ARRENDAMIENTO DE VIVIENDA

En {CITY}, a {DATE}

REUNIDOS

De una parte, como ARRENDADORA, D.ª {P3}, mayor de edad, con NIF {NIF} y domicilio en {ADDR2}.

De otra parte, como ARRENDATARIO, D. {P2}, mayor de edad, con NIE {NIE}.

EXPONEN

I. Que la arrendadora es propietaria de la vivienda situada en {ADDR}, con una superficie útil de 78 m².

II. Que ambas partes convienen el arrendamiento de dicha vivienda con arreglo a las siguientes

CLÁUSULAS

PRIMERA. Duración: un año a contar desde el {DATE2}, prorrogable conforme a la Ley de Arrendamientos Urbanos.
SEGUNDA. Renta: {AMT} euros mensuales, pagaderos dentro de los siete primeros días de cada mes en la cuenta {IBAN}, titularidad de la Sra. {L3}.
TERCERA. Fianza: el arrendatario entrega en este acto una mensualidad en concepto de fianza legal.
CUARTA. El arrendatario no podrá subarrendar ni ceder la vivienda sin consentimiento escrito de la propiedad.

Y para que así conste, firman el presente por duplicado.

LA ARRENDADORA                    EL ARRENDATARIO
"""

HELD["escritura_compraventa_extracto"] = """
NÚMERO {NUM}

COMPRAVENTA

En {CITY}, a {DATE}.

Ante mí, {P2}, Notario del Ilustre Colegio de esta ciudad,

COMPARECEN

DE UNA PARTE, como vendedores, los cónyuges DON {PX4} y DOÑA {PX3}, mayores de edad, casados en régimen de gananciales, vecinos de {CITY2}, con domicilio en {ADDR2}, y con NIF {NIF} y NIE {NIE}, respectivamente.

DE OTRA PARTE, como compradora, DOÑA {PX1}, mayor de edad, soltera, nacida el {DOB}, vecina de {CITY}.

EXPONEN

I.- Que los señores {L4} y {L3} son dueños de la siguiente finca: URBANA.- Vivienda unifamiliar sita en {ADDR}, con una superficie construida de 142 metros cuadrados y una parcela de 410 metros cuadrados.

II.- Que la venden a la Sra. {L1} por el precio de {AMT} euros, que los vendedores declaran haber recibido antes de este acto mediante transferencia bancaria.

Hago constar que he cotejado la descripción de la finca con la nota simple obtenida telemáticamente.
"""

HELD["nota_simple_registral"] = """
REGISTRO DE LA PROPIEDAD
NOTA SIMPLE INFORMATIVA

Fecha de emisión: {DATE}
Solicitante: {P4}     Interés legítimo: adquisición de inmueble

DESCRIPCIÓN DE LA FINCA
Finca n.º {NUM} de {CITY}
URBANA: Piso tercero, letra B, sito en {ADDR}. Superficie útil: 64 m². Cuota de participación: 4,15 %.

TITULARIDADES
{PU1}, con NIF {NIF}, titular del 100 % del pleno dominio con carácter privativo, por título de compraventa, según escritura otorgada ante el Notario de {CITY2} D. {P2} el {DATE2}.

CARGAS
Hipoteca a favor de {ORG}, en garantía de un préstamo de {AMT} euros de principal.
Afecciones fiscales: libre.

Esta nota simple tiene valor puramente informativo y no da fe del contenido de los asientos.
"""

HELD["atestado_denuncia_robo"] = """
DENUNCIA
Diligencias n.º {NUM}

En {CITY}, siendo las {TIME} horas del día {DATE}, ante el agente con TIP 31.882, comparece:

DENUNCIANTE
Nombre y apellidos: {P1}
Documento: NIE {NIE}
Fecha de nacimiento: {DOB}
Domicilio: {ADDR}
Teléfono: {PHONE}

HECHOS
Que la denunciante manifiesta que el día anterior, sobre las 19:30, mientras se encontraba en una terraza de {ADDR2}, un varón de unos 30 años le sustrajo el bolso que tenía colgado de la silla. Que en el interior llevaba su cartera con 120 euros, las tarjetas bancarias y un teléfono móvil.

Que un camarero del local, D. {P4}, vio al autor huir corriendo y puede aportar una descripción.

Que ya ha procedido a bloquear las tarjetas. Que no tiene más que añadir.

Leída la presente, se afirma, ratifica y firma en prueba de conformidad.
"""

HELD["chat_equipo_teams"] = """
Canal: #cierre-mensual · {ORG}

{P3}  {TIME}
Buenas! Alguien sabe si ya están cargados los extractos con fecha {DATE}?

{P4}  {TIME}
Sí, los subí yo anoche. Faltan los de la cuenta de {CITY}, que el banco no los manda hasta mediodía

{P3}
Vale, gracias {F4}. @{fl2} puedes revisar las facturas de {ORG2}? hay dos duplicadas

{P2}
Lo miro ahora mismo

{fl1}
recordad que el informe hay que mandarlo a dirección antes de las 17:00 🙏

{P2}
Hecho, eran duplicadas. Las he anulado y avisado a {IN1} por correo
"""

HELD["correo_respuesta_citada"] = """
De: {P4} <{EMAIL4}>
Para: {P1} <{EMAIL1}>
CC: {P3} <{EMAIL3}>
Enviado: {DATE}
Asunto: RE: Cambio de fecha de la formación

Hola, {F1}:

Sin problema por nuestra parte. Pasamos la sesión al {DATE2} a la misma hora. {F3} se encarga de reservar la sala grande.

Saludos,
{F4}

> El {DATE}, {P1} <{EMAIL1}> escribió:
>
> Buenos días, {F4}:
>
> Nos ha surgido una auditoría y no podremos asistir a la formación de prevención de riesgos en la fecha prevista. ¿Sería posible trasladarla una semana?
>
> Disculpad las molestias.
>
> {P1}
> Coordinadora de Calidad · {ORG}
> {PHONE}
"""

HELD["acta_junta_directiva_club"] = """
{ORG}
ACTA N.º {NUM} DE LA JUNTA DIRECTIVA

Fecha: {DATE}
Hora de inicio: {TIME}
Lugar: sede social, {ADDR}

Asistentes: {P2} (presidente), {P1} (vicepresidenta), {P4} (tesorero) y {P3} (secretaria).
Excusa su asistencia: ninguno.

1. Estado de cuentas. El tesorero, Sr. {L4}, informa de un saldo de {AMT} euros y de 14 socios con la cuota pendiente. Se acuerda enviarles un recordatorio.

2. Torneo de fin de temporada. La Sra. {L1} presenta el calendario. Se acuerda celebrarlo en las pistas municipales de {CITY} y solicitar el permiso con antelación.

3. Escuela infantil. {F3} propone ampliar a tres los grupos de iniciación; se aprueba por unanimidad.

Y no habiendo más asuntos que tratar, se levanta la sesión, de lo que como secretaria doy fe.

Fdo.: {IN3}                      Vº Bº El Presidente: {IN2}
"""

HELD["lista_clase"] = """
{ORG}
Curso {YEAR} · 2.º ESO C · Tutora: {P3}
Relación de alumnos - Salida al museo de ciencias ({DATE})

N.º  Apellidos y nombre                Autorización   Observaciones
1    {PI1}                             Sí             Alergia a frutos secos
2    {PU2}                             No             Se queda en el aula de guardia
3    {PI4}                             Sí             Lleva inhalador

Profesorado acompañante: la tutora, {IN3}, y el profesor de Física y Química.
Salida a las {TIME} desde la puerta principal. Regreso previsto a las 14:30.
Teléfono de contacto durante la salida: {PHONE}
"""

HELD["ficha_json_paciente"] = """
{
  "id_paciente": "{NUM}",
  "nombre": "{F1}",
  "apellidos": "{L1}",
  "fecha_nacimiento": "{DOB}",
  "nif": "{NIF}",
  "telefono": "{PHONE}",
  "email": "{EMAIL1}",
  "direccion": "{ADDR}",
  "centro": "{ORG}",
  "medico_referencia": "Dr. {P2}",
  "contacto_emergencia": {
    "nombre": "{P4}",
    "parentesco": "hermano",
    "telefono": "{PHONE2}"
  },
  "ultima_visita": "{DATE}",
  "alergias": ["penicilina"]
}
"""

HELD["cuadrante_turnos_tsv"] = """
empleado\tdni_nie\tpuesto\tcentro\tturno\tdesde\ttelefono
{PU1}\t{NIF}\tcajera\t{CITY}\tmañana\t{DATE}\t{PHONE}
{PU2}\t{NIE}\treponedor\t{CITY}\ttarde\t{DATE}\t{PHONE2}
{PU3}\t\tcarnicera\t{CITY2}\tmañana\t{DATE2}\t
{PU4}\t\tencargado\t{CITY2}\tpartido\t{DATE2}\t
"""

HELD["recibo_cuota_socio"] = """
{ORG}
{ADDR}

RECIBO N.º {NUM}

He recibido de D.ª {P3}, socia n.º 1187, la cantidad de {AMT} euros en concepto de cuota anual de la temporada {YEAR}, incluida la licencia federativa.

Forma de pago: domiciliación bancaria
IBAN: {IBAN}

En {CITY}, a {DATE}

El tesorero,
{P2}
"""

HELD["boletin_club_senderismo"] = """
HOJA INFORMATIVA DE {ORG}
Número {NUM}

PRÓXIMA SALIDA
El {DATE} subiremos a la sierra desde {CITY2}, ruta circular de 16 km y 750 m de desnivel. Salida en autobús a las {TIME} desde {ADDR}. Inscripciones, como mínimo tres días antes, con {P3} ({PHONE}).

CRÓNICA DE LA ÚLTIMA SALIDA
Éramos 38 y nos respetó la lluvia hasta la bajada. Gracias a {P4} por guiar al grupo y a {P1}, que como siempre se encargó del botiquín y de que nadie se quedara atrás.

BIENVENIDAS
Damos la bienvenida a {P2}, nuevo socio, y a su hija, que ya se estrenó en la marcha de otoño.

RECORDATORIO
La cuota de {YEAR} se pasa al cobro este mes. Si has cambiado de cuenta, escribe a {EMAIL1}.
"""

HELD["anuncio_boda"] = """
{P2} y {P1}

junto con sus familias
tienen el placer de invitarle a su enlace,
que se celebrará el {DATE} a las {TIME}
en la iglesia parroquial de {CITY}.

Después de la ceremonia, los novios les esperan en
{ORG}, {ADDR}.

Se ruega confirmación antes del {DATE2}
a {F1} ({PHONE}) o a {F2} ({PHONE2}).

Nuestro mejor regalo es vuestra compañía; si aun así queréis tener un detalle:
{IBAN}
"""

HELD["curriculum_vitae"] = """
{PX4}
{ADDR} · {PHONE} · {EMAIL4}
Fecha de nacimiento: {DOB} · NIE: {NIE}

PERFIL
Técnico electricista con experiencia en instalaciones de baja tensión y mantenimiento industrial. Carné de conducir B y disponibilidad para viajar.

EXPERIENCIA PROFESIONAL
{YEAR} - actualidad   Oficial de primera · {ORG} ({CITY})
                      Mantenimiento preventivo y correctivo de cuadros eléctricos.
                      Coordinación de un equipo de tres operarios.
Anteriormente (5 años)  Oficial de segunda · {ORG2} ({CITY2})
                      Montaje de instalaciones en viviendas y locales comerciales.

FORMACIÓN
CFGS Sistemas Electrotécnicos y Automatizados
Curso de Prevención de Riesgos Laborales (60 h)

IDIOMAS
Castellano (nativo), inglés (B1)

REFERENCIAS
{P3}, jefa de mantenimiento en {ORG}, {PHONE2}
"""

HELD["ticket_incidencia_facturacion"] = """
[Incidencia {NUM}] Cobro duplicado en la cuota de {YEAR}
Abierta por: {PC2} <{EMAIL2}>
Canal: formulario web · Categoría: Facturación · Estado: Pendiente del cliente

--- Mensaje original ({DATE}, {TIME}) ---
Hola, me han pasado dos veces el recibo de este mes a la cuenta {IBAN}. Soy cliente desde hace años, mi NIF es {NIF}. Ruego lo revisen y me devuelvan el importe duplicado de {AMT} €.
{F2}

--- Respuesta de {P1} (Atención al Cliente, {ORG}) ---
Estimado Sr. {L2}:
Lamentamos las molestias. Hemos comprobado el cargo duplicado y hemos ordenado la devolución, que verá reflejada en un plazo de 3 a 5 días hábiles. ¿Nos confirma que desea mantener la domiciliación en la misma cuenta?
Un saludo,
{F1}

--- Nota interna ---
Escalado a {P3} (Tesorería). Revisar el resto de remesas del {DATE2}.
"""

HELD["solicitud_beca_comedor"] = """
SOLICITUD DE AYUDA DE COMEDOR ESCOLAR
Curso {YEAR}

1. DATOS DEL SOLICITANTE (padre, madre o tutor legal)
Primer y segundo apellido ........ {L2}
Nombre ........................... {F2}
NIF/NIE .......................... {NIE}
Domicilio ........................ {ADDR}
Teléfono ......................... {PHONE}
Correo electrónico ............... {EMAIL2}

2. DATOS DEL ALUMNO/A
Apellidos y nombre ............... {PC3}
Fecha de nacimiento .............. {DOB}
Centro educativo ................. {ORG}
Curso ............................ 3.º de Primaria

3. DATOS BANCARIOS
IBAN ............................. {IBAN}

El/la abajo firmante declara que son ciertos los datos consignados.
En {CITY}, a {DATE}

Fdo.: {P2}
"""

HELD["normas_uso_piscina"] = """
NORMAS DE USO DE LA PISCINA COMUNITARIA

Horario de apertura: de {TIME} a 21:00 horas.

1. Es obligatorio ducharse antes de entrar en el agua.
2. Los menores de 14 años deberán ir acompañados de un adulto en todo momento.
3. No está permitido comer en la zona de césped ni introducir envases de vidrio.
4. Queda prohibida la entrada de animales domésticos al recinto.
5. El aforo máximo es de 60 personas. El Socorrista podrá impedir el acceso una vez completo.
6. Cada vivienda podrá traer un máximo de dos invitados, que deberán registrarse en Conserjería.
7. El uso de colchonetas y balones queda limitado a la franja de 16:00 a 18:00.

El incumplimiento reiterado de estas normas podrá suponer la retirada temporal de la tarjeta de acceso, por acuerdo de la Junta.

La Administración
"""

HELD["instrucciones_montaje_estanteria"] = """
INSTRUCCIONES DE MONTAJE · ESTANTERÍA METÁLICA DE 5 BALDAS
Modelo {NUM}

Contenido del embalaje:
  A. Montantes (4)
  B. Baldas (5)
  C. Tornillos M6 (40) y tuercas (40)
  D. Tacos de nivelación (4)

Herramientas necesarias: llave fija de 10 mm y destornillador de estrella.

Pasos:
1. Coloque los montantes A en el suelo y fije la balda inferior B a unos 10 cm del extremo.
2. Repita la operación con la balda superior y compruebe que el conjunto queda en escuadra.
3. Añada las baldas intermedias a la altura deseada. No apriete del todo los tornillos hasta el final.
4. Ponga en pie la estantería, coloque los tacos D y apriete todos los tornillos.

IMPORTANTE: Carga máxima por balda uniformemente repartida: 150 kg. Fije siempre la Estantería a la pared.
Servicio de Atención al Cliente: consulte la Garantía incluida en la caja.
"""
