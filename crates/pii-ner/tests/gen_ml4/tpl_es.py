"""Plantillas en español del cuarto conjunto multilingüe de generalización (gen_ml4).

Cada plantilla es un tipo distinto de documento escrito tal como se redacta en España: cartas,
correos y cadenas de respuestas, impresos, documentos de personal, informes médicos, escrituras y
cédulas judiciales, documentos escolares, contratos de alquiler y partes de seguro, facturas y
recibos, actas, exportaciones CSV/TSV/JSON/XML, chats, incidencias, redes sociales, noticias,
esquelas, currículos, boletines, clasificados, albaranes, registros de visitas, cuadrantes de turnos
y libros parroquiales, más dos textos negativos por mitad (sin datos personales). Todas las personas,
lugares, organizaciones, teléfonos, correos, fechas e identificadores son marcadores que rellena el
generador (`../gen_ml3/gen_ml3.py`); las anotaciones de referencia salen solo de esos marcadores.
Los nombres son listas recopiladas a mano de nombres de pila y apellidos corrientes en España, en los
países hispanohablantes de América, en los países vecinos y en las comunidades inmigrantes más
numerosas (marroquí, rumana, ucraniana, senegalesa, china, filipina, paquistaní, india...), del tipo
que recoge Wikidata como elementos de nombre de pila / apellido (Wikidata: CC0 1.0); ninguno procede
de Faker ni de ninguna otra biblioteca de datos falsos. Las organizaciones y los dominios de correo
son inventados.

English summary: Spanish templates for the fourth multilingual generalization set of the PII
detector. Each template is a different kind of document written natively in Spanish, as Spain writes
it; `TUNE` and `HELD` are the two halves (no template in both, each half covering the whole range of
kinds, with two negative templates per half that hold no PII). The name lists are hand-compiled lists
of given and family names common in Spain, the Spanish-speaking countries of Latin America, their
neighbours and their larger immigrant communities, of the kind recorded as Wikidata given-name /
family-name items (Wikidata: CC0 1.0), none from Faker or any fake-data library; organisations and
mail domains are invented. Every person, place, organisation, phone number, e-mail address, date and
identifier in a template is a placeholder.
"""

GIVEN_F = [
    # España (castellano, euskera, galego, català), formas tradicionales e hipocorísticos
    "Irune", "Ohiane", "Usoa", "Alazne", "Haizea", "Izaskun", "Arrate", "Josune", "Arántzazu",
    "Icía", "Queralt", "Mercè", "Ariadna", "Neus", "Carme", "Dolors", "Adoración", "Concepción",
    "Eufemia", "Prudencia", "Brígida", "Ramona", "Tomasa", "Basilia", "Eladia", "Candelas",
    "Maricarmen", "Toñi", "Loli", "Merche", "Paqui", "Mayte", "Maribel", "Charo", "Paloma",
    "Estrella", "Rosalía",
    # América hispanohablante
    "Zoila", "Nidia", "Yamileth", "Nohemí", "Odalys", "Yusleidy", "Magaly", "Lizbeth", "Yaritza",
    "Dayanara", "Ludmila", "Zulema", "Haydée", "Griselda", "Etelvina", "Teodolina", "Wayra",
    "Yenny Marcela", "Sofía Alejandra", "Mayerly", "Yulieth", "Dahiana", "Luzmila", "Zoraida",
    "Omaira", "Jazmín",
    # comunidades inmigrantes
    "Khaoula", "Najat", "Rajae", "Bouchra", "Sanae", "Ilham", "Cosmina", "Liudmyla", "Viktoriia",
    "Yanhong", "Ndeye", "Coumba", "Astou", "Marivic", "Jennylyn", "Shazia",
]

GIVEN_M = [
    # España
    "Iñigo", "Aritz", "Beñat", "Ibai", "Julen", "Oier", "Haritz", "Ekaitz", "Imanol", "Jokin",
    "Andoni", "Patxi", "Txomin", "Koldobika", "Xurxo", "Uxío", "Breixo", "Jaume", "Martí", "Ferran",
    "Guillem", "Josep Lluís", "Eutimio", "Anacleto", "Ruperto", "Sinforiano", "Tiburcio",
    "Policarpo", "Bonifacio", "Demetrio", "Eleuterio", "Feliciano", "Genaro", "Ildefonso",
    "Olegario", "Primitivo", "Valeriano", "Baldomero", "Cirilo", "Emeterio", "Fulgencio", "Herminio",
    "Nazario", "Rosendo", "Severiano", "Zoilo", "Alfonso", "Jaime",
    # América hispanohablante
    "Jhonatan Stiven", "Fabián Alexis", "Yefferson", "Esneider", "Elkin", "Arley", "Yovani",
    "Bairon", "Lisandro", "Benicio", "Bastián", "Tadeo", "Yahir", "Leonel", "Apolinar",
    # comunidades inmigrantes
    "Abdel Aziz", "Abdelilah", "Hicham", "Noureddine", "Abderrahim", "Zakaria", "Anouar", "Younes",
    "Ilyas", "Nabil", "Costel", "Cosmin", "Lucian", "Traian", "Ioan", "Mykhailo", "Andriy",
    "Volodymyr", "Modou", "Alioune", "Ibrahima", "Malick", "Waqas", "Zeeshan", "Jomar", "Sukhwinder",
]

FAMILY = [
    # vascos, gallegos, catalanes
    "Ibarguren", "Elorza", "Lizarazu", "Uriarte", "Zuloaga", "Mugika", "Irigoyen", "Elizondo",
    "Aramendi", "Urkiola", "Etxaniz", "Alberdi", "Bengoetxea", "Ormaetxea", "Arteaga", "Rodicio",
    "Outeiriño", "Fandiño", "Lameiro", "Caamaño", "Bugallo", "Amoedo", "Cabaleiro", "Mouriño",
    "Gestoso", "Puigvert", "Vilaplana", "Pagès", "Bertran", "Soldevila", "Montfort", "Sagarra",
    "Mirabet", "Gassó", "Comas", "Planas",
    # castellanos, con partícula algunos
    "Alcaraz", "Cañizares", "Anguita", "Mancebo", "Sotomayor", "Quiñones", "Ayala", "Mejías",
    "Camacho", "Espinosa", "Aguado", "Calleja", "Carvajal", "Barahona", "Montalbán", "Valcárcel",
    "Bohórquez", "Benjumea", "Fajardo", "Tejero", "Melgar", "Rebollo", "Sendra", "Ortuño",
    "Pedraza", "Mayoral", "Zamorano", "Sarmiento", "Villegas", "Bazán", "de Lucas", "del Barrio",
    "del Amo", "de Paz",
    # América hispanohablante
    "Chambi", "Choquehuanca", "Ccama", "Canul", "Cauich", "Zavala", "Guajardo", "Treviño", "Garza",
    "Cantú", "Villarreal", "Cadavid", "Agudelo", "Bedoya", "Tobón", "Marulanda", "Castaño",
    "Venegas", "Cárcamo", "Huenchullán",
    # comunidades inmigrantes
    "Berrada", "Sqalli", "Amezian", "Boukhari", "El Ghazi", "Rusu", "Dobre", "Enache", "Vasilescu",
    "Niculescu", "Bălan", "Savchenko", "Hnatyuk", "Kravchuk", "Rudenko", "Petrenko", "Mbaye",
    "Thiam", "Seck", "Niang", "Dieng", "Chaudhry", "Dimaculangan", "Pangilinan",
]

CITIES = [
    "Albacete", "Logroño", "Ourense", "Ponferrada", "Getafe", "Alcalá de Henares",
    "Sant Cugat del Vallès", "Vitoria-Gasteiz", "Donostia-San Sebastián", "Castelló de la Plana",
    "L'Hospitalet de Llobregat", "Jerez de la Frontera", "Dos Hermanas", "Talavera de la Reina",
    "Torrelavega", "Mieres", "Lalín", "Betanzos", "Azpeitia", "Olot", "Manresa", "Alzira", "Orihuela",
    "Linares", "Plasencia", "Aranda de Duero", "Medina del Campo", "Barbastro", "Alcañiz",
    "Estella-Lizarra", "Ribadeo", "Cangas de Onís", "Laredo", "Écija", "Vélez-Málaga", "Guadix",
    "Cuéllar", "Villanueva de la Serena", "Las Palmas de Gran Canaria", "Arrecife", "Ciutadella",
    "Mollet del Vallès", "Tui", "Binéfar",
]

STREETS = [
    "Calle Mayor", "Avenida de la Constitución", "Calle del Doctor Fleming", "Rúa do Vilar",
    "Carrer de Sant Pere", "Plaza de España", "Calle Real", "Avenida de Andalucía",
    "Travesía de la Fuente", "Ronda de Poniente", "Camino Viejo de Leganés", "Calle Nueva",
    "Calle Ramón y Cajal", "Avenida de los Reyes Católicos", "Glorieta de Quevedo",
    "Calle de la Iglesia", "Carrer Gran", "Kale Nagusia", "Paseo de las Acacias", "Calle Tejares",
    "Avenida de la Libertad", "Calle del Hospital", "Rúa Nova", "Calle Eras Altas",
    "Carretera de Circunvalación", "Calle Hornos Caleros",
]

ORGS = [
    "Construcciones Arnedal S.L.", "Talleres Mecánicos Vallesur, S.L.U.", "Gestoría Olmedilla y Asociados",
    "Clínica Dental Sonrisa Norte", "Fundación Miralcampo para la Inclusión",
    "Sociedad Cooperativa Olivarera La Esperanza", "Asesoría Fiscal Brocal, S.L.",
    "Ferretería La Llave de Oro", "Club Deportivo Atlético Riberas", "CEIP Los Almendros",
    "IES Río Verde", "Hospital Comarcal Alto Cierzo", "Residencia de Mayores Los Olivos",
    "Asociación Vecinal El Parral", "Peña Ciclista Rueda Libre", "Mancomunidad de Servicios Sierra Alta",
    "Centro de Salud Las Eras", "Inmobiliaria Portaluna", "Mutua Albor Seguros",
    "Logística Brezal Express, S.A.", "Panadería Trigo Limpio", "Academia de Idiomas Lingua Viva",
    "Lexcor Abogados, S.L.P.", "Electrodomésticos Zuhaitz", "Nubelia Software S.L.",
    "Grupo Hostelero Mesón Alto", "Cofradía de Pescadores Puerto Chico", "Autoescuela Semáforo Verde",
    "Clínica Veterinaria Huellas", "Agrupación Coral Voces del Norte", "Escuela Infantil Pequeños Pasos",
    "Óptica Miravista", "Laboratorios Analíticos Celsa", "Transportes Urbanos Cierzo Bus, S.A.",
    "Frutas y Verduras Hermanos Carrasca, C.B.", "Telecomunicaciones Fibranet, S.L.",
]

MAIL_DOMAINS = [
    "buzonvecinal.es", "telemix.es", "correoluna.com", "nubelia.net", "arnedal.es",
    "mensajeria-plus.es", "vallesur.com", "fibranet.es",
]


TUNE = {}
HELD = {}

# ---------------------------------------------------------------------------------------------------
# TUNE
# ---------------------------------------------------------------------------------------------------

TUNE["carta_reclamacion"] = """
{P1}
{ADDR}
Tel. {PHONE}
{EMAIL1}

                                        {ORG}
                                        Departamento de Atención al Cliente
                                        {ADDR2}

{CITY}, a {DATE}

Asunto: Reclamación por cobro indebido — expediente n.º {NUM}

Muy señores míos:

Me dirijo a ustedes como titular del contrato a mi nombre (DNI {NIF}) para manifestar mi
disconformidad con la factura emitida el {DATE2}, en la que se me cargan {AMT} € por un servicio
que en ningún momento he solicitado.

Hace unas semanas ya hablé por teléfono con su agente, el Sr. {L2}, quien me aseguró que el importe
sería anulado. Sin embargo, el cargo se ha vuelto a presentar en mi cuenta {IBAN}.

Les ruego que procedan a la devolución en un plazo máximo de quince días. En caso contrario, me veré
obligada a presentar una reclamación ante la oficina municipal de información al consumidor.

Atentamente,


Fdo.: {P1}
"""

TUNE["correo_asuntos_propios"] = """
De: {P3} <{EMAIL3}>
Enviado el: {DATE} {TIME}
Para: {P2} <{EMAIL2}>
CC: {P4} <{EMAIL4}>
Asunto: Solicitud de dos días de asuntos propios

Hola, {F2}:

Te escribo para pedirte dos días de asuntos propios, que coinciden con la mudanza a mi nuevo piso
en {CITY}. Ya lo he hablado con {F4}, que me cubrirá en el mostrador de recepción esos días (va en
copia).

Si hace falta que rellene el impreso oficial, dímelo y te lo dejo firmado en el despacho.

Gracias de antemano.

Un saludo,

{P3}
Técnica de Administración · {ORG}
Tel. {PHONE} | Ext. 214

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario. Si lo ha
recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación.
"""

TUNE["hilo_presupuesto"] = """
Asunto: RE: RE: Presupuesto reforma cocina
De: {P4} <{EMAIL4}>
Para: {P1} <{EMAIL1}>
Fecha: {DATE2} {TIME}

Buenos días, {F1}:

Perfecto, entonces empezamos la obra como quedamos. Mi compañero {P2} pasará antes por
{ADDR} para tomar las medidas definitivas de la encimera.

Un saludo,
{IN4}
{ORG} · {PHONE}

El {DATE}, {P1} <{EMAIL1}> escribió:
> Hola, {F4}:
>
> He revisado el presupuesto n.º {NUM} y me parece bien, pero quería confirmar
> que el importe de {AMT} € incluye la retirada de escombros y el IVA.
> Por las tardes estoy localizable en el {PHONE2}.
>
> Gracias,
> {F1}
>
>> {P4} <{EMAIL4}> escribió:
>> Estimada Sra. {L1}:
>>
>> Le adjunto el presupuesto solicitado para la reforma de su cocina. Quedo a la
>> espera de su confirmación para reservar fecha con el equipo.
>>
>> Atentamente,
>> {P4}
>> Jefe de obra
"""

TUNE["hoja_padronal"] = """
AYUNTAMIENTO DE {CITY}
HOJA DE INSCRIPCIÓN PADRONAL — ALTA POR CAMBIO DE RESIDENCIA

Domicilio .................................. {ADDR}
Municipio de procedencia ................... {CITY2}
N.º de hoja ................................ {NUM}

PERSONAS INSCRITAS EN LA HOJA

1. Apellidos, nombre ....................... {PC1}
   Sexo .................................... Mujer
   Fecha de nacimiento ..................... {DOB}
   DNI / NIE / Pasaporte ................... {NIF}
   Teléfono ................................ {PHONE}
   Nivel de estudios ....................... Bachiller, FP de grado superior

2. Apellidos, nombre ....................... {PC2}
   Sexo .................................... Hombre
   DNI / NIE / Pasaporte ................... {NIE}
   Teléfono ................................ {PHONE2}
   Nivel de estudios ....................... Titulado universitario

Autorización de la persona propietaria de la vivienda: {P4}

Declaro bajo mi responsabilidad que los datos consignados son ciertos.

En {CITY}, a {DATE}

Firma de la persona solicitante:  {P1}
"""

TUNE["contrato_temporal"] = """
CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA
POR CIRCUNSTANCIAS DE LA PRODUCCIÓN

En {CITY}, a {DATE}

REUNIDOS

De una parte, D. {P2}, con DNI {NIF}, en nombre y representación de la empresa {ORG}, con
domicilio social en {ADDR}, en calidad de administrador único.

De otra parte, Dña. {P3}, con NIE {NIE}, nacida el {DOB} y con domicilio en {ADDR2}, en adelante
la persona trabajadora.

Ambas partes se reconocen capacidad legal suficiente para suscribir el presente contrato y, a tal
efecto,

CLÁUSULAS

PRIMERA. La Sra. {L3} prestará sus servicios como dependienta, grupo profesional III, en el centro
de trabajo que la empresa tiene abierto en {CITY2}.

SEGUNDA. La jornada será de 30 horas semanales, distribuidas según el cuadrante que entregue la
encargada de tienda, {P1}.

TERCERA. El contrato entrará en vigor el {DATE2} y tendrá una duración de seis meses.

CUARTA. La retribución bruta mensual será de {AMT} €, que se abonará por transferencia a la
cuenta {IBAN}.

QUINTA. Se establece un periodo de prueba de un mes.

Y en prueba de conformidad, firman el presente contrato por triplicado en el lugar y la fecha
arriba indicados.

     La empresa                                La trabajadora


     {PX2}                                     {PX3}
"""

TUNE["nomina"] = """
RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS

EMPRESA: {ORG}
DOMICILIO: {ADDR}

TRABAJADOR/A: {PU4}
NIF: {NIF}                          CATEGORÍA: Oficial de 1.ª
ANTIGÜEDAD: {DATE}                  GRUPO DE COTIZACIÓN: 08
PERIODO DE LIQUIDACIÓN: mensual, con cierre el {DATE2}           TOTAL DÍAS: 30

I. DEVENGOS                                              IMPORTE
   Salario base ....................................... 1.284,60
   Plus de transporte .................................    96,40
   Complemento de puesto ..............................   210,00
   Horas extraordinarias ..............................    64,20
A. TOTAL DEVENGADO .................................... 1.655,20

II. DEDUCCIONES
   Contingencias comunes ........... 4,70 % ...........    77,79
   Desempleo ....................... 1,55 % ...........    25,66
   Formación profesional ........... 0,10 % ...........     1,66
   Retención IRPF .................. 11,00 % ..........   182,07
B. TOTAL A DEDUCIR ....................................   287,18

LÍQUIDO TOTAL A PERCIBIR (A - B) ...................... {AMT} €

Abonado por transferencia a la cuenta: {IBAN}

Firma y sello de la empresa                         Recibí,
                                                    {IN4}
"""

TUNE["hoja_interconsulta"] = """
SERVICIO DE SALUD — ATENCIÓN PRIMARIA
{ORG}
HOJA DE INTERCONSULTA

Paciente: {PU1}                      Fecha nac.: {DOB}
DNI: {NIF}                           Tel.: {PHONE}
Domicilio: {ADDR}
Médico solicitante: Dr. {P4}
Servicio de destino: Dermatología
Prioridad:  [ ] Urgente   [X] Preferente   [ ] Ordinaria

Motivo de consulta:
Paciente que consulta por lesión pigmentada en región escapular izquierda, de crecimiento
progresivo en los últimos meses según refiere su hija, {F3}, que la acompaña.

Antecedentes: HTA en tratamiento con enalapril 10 mg. Sin alergias medicamentosas conocidas.
Exploración: lesión de 9 mm, bordes irregulares, dos tonalidades.
Juicio clínico: nevus atípico, a descartar melanoma.

Se ruega valoración. Gracias, compañeros.

{CITY}, {DATE}
Fdo.: {IN4}
"""

TUNE["receta_privada"] = """
RECETA MÉDICA — ASISTENCIA SANITARIA PRIVADA

Prescriptora: Dra. {P3}
Medicina Familiar y Comunitaria
{ORG}
{ADDR}  ·  Tel. {PHONE}

Paciente: {P2}
Fecha de nacimiento: {DOB}
DNI/NIE: {NIE}

Medicamento: Amoxicilina 500 mg cápsulas duras, envase de 20
Posología: 1 cápsula cada 8 horas durante 7 días
N.º de envases: 1
Medicamento: Paracetamol 1 g comprimidos, envase de 40
Posología: 1 comprimido cada 8 horas si fiebre o dolor
N.º de envases: 1

Fecha de prescripción: {DATE}

Instrucciones al paciente: completar el tratamiento aunque desaparezcan los síntomas. Si aparece
erupción cutánea, suspender y consultar.

Firma de la prescriptora:
{IN3}
"""

TUNE["poder_pleitos"] = """
NÚMERO {NUM}

ESCRITURA DE PODER GENERAL PARA PLEITOS

En {CITY}, mi residencia, a {DATE}.

Ante mí, {PX4}, Notario de esta ciudad,

                                COMPARECE

DOÑA {PX1}, mayor de edad, casada, vecina de {CITY2}, con domicilio en {ADDR}, provista de DNI
y NIF número {NIF}.

                                INTERVIENE

En su propio nombre y derecho. La identifico por su documento de identidad reseñado y tiene, a mi
juicio, capacidad legal para otorgar la presente escritura de PODER, y

                                 OTORGA

Que confiere poder tan amplio y bastante como en derecho se requiera a favor de DON {PX2}, con NIE
{NIE}, Abogado, y de la Procuradora de los Tribunales DOÑA {PX3}, para que, solidaria e
indistintamente, puedan representar a la señora {L1} ante toda clase de juzgados, tribunales,
organismos y oficinas públicas, interponer demandas, contestarlas, transigir y desistir.

                       OTORGAMIENTO Y AUTORIZACIÓN

Así lo dice y otorga la compareciente, a quien hago de palabra las reservas y advertencias legales.
Leída por mí esta escritura, la compareciente la aprueba y firma conmigo.

Yo, el Notario, doy fe de cuanto queda consignado en este instrumento público.

Está la firma de la compareciente. — Signado: {IN4}. — Rubricado y sellado.
"""

TUNE["denuncia_comisaria"] = """
COMISARÍA LOCAL DE {CITY}
OFICINA DE DENUNCIAS Y ATENCIÓN AL CIUDADANO

DENUNCIA N.º {NUM}

En {CITY}, siendo las {TIME} horas del día {DATE}, ante los agentes instructores, comparece:

DENUNCIANTE
   Nombre y apellidos:   {P2}
   Documento:            NIE {NIE}
   Fecha de nacimiento:  {DOB}
   Domicilio:            {ADDR}
   Teléfono:             {PHONE}

EXPONE:

Que sobre las {TIME} del mismo día, mientras aparcaba su vehículo en las inmediaciones de {ADDR2},
un varón de unos treinta años, de complexión delgada y vestido con sudadera gris, le sustrajo la
cartera del bolsillo trasero del pantalón y huyó corriendo.

Que en la cartera llevaba su tarjeta de residencia, dos tarjetas bancarias y {AMT} euros en
efectivo.

Que una vecina de la zona, Dña. {P3}, presenció los hechos y se ofreció como testigo, facilitando
su teléfono de contacto, {PHONE2}.

Que ya ha procedido a bloquear las tarjetas a través de su entidad bancaria.

Y no teniendo nada más que manifestar, se da por terminada la presente, que leída y hallada conforme
firma el denunciante en unión del instructor.

EL DENUNCIANTE                          EL INSTRUCTOR
{IN2}                                   Agente {L4}
"""

TUNE["boletin_calificaciones"] = """
{ORG}
BOLETÍN DE CALIFICACIONES — SEGUNDA EVALUACIÓN
Curso académico {YEAR}

Alumno/a: {PC4}
Grupo: 2.º ESO B                    Tutora: {P3}

ÁREA / MATERIA                      CALIFICACIÓN          FALTAS
Lengua Castellana y Literatura      Notable (7)           0
Matemáticas                         Suficiente (5)        2
Geografía e Historia                Bien (6)              0
Inglés                              Sobresaliente (9)     1
Biología y Geología                 Notable (8)           0
Educación Física                    Notable (7)           0
Música                              Bien (6)              3
Tecnología y Digitalización         Insuficiente (4)      1

OBSERVACIONES DE LA TUTORA
{F4} ha mejorado su actitud en clase, aunque debe reforzar el trabajo diario en Matemáticas y
Tecnología. Se recomienda que asista al programa de refuerzo de la tarde.

Las familias pueden solicitar una entrevista con la tutora llamando al {PHONE} o escribiendo a
{EMAIL3}.

En {CITY}, a {DATE}

La tutora: {IN3}                    Recibí (padre/madre/tutor legal): {P1}
"""

TUNE["contrato_arrendamiento"] = """
CONTRATO DE ARRENDAMIENTO DE VIVIENDA

En {CITY}, a {DATE}

REUNIDOS

De una parte, como ARRENDADOR, D. {P4}, mayor de edad, con DNI {NIF} y domicilio a efectos de
notificaciones en {ADDR2}.

De otra parte, como ARRENDATARIA, Dña. {P1}, mayor de edad, con NIE {NIE}, teléfono {PHONE} y
correo electrónico {EMAIL1}.

EXPONEN

I.  Que el Sr. {L4} es propietario de la vivienda sita en {ADDR}, que consta de tres dormitorios,
    salón, cocina, un baño y trastero.
II. Que la Sra. {L1} está interesada en arrendar dicha vivienda para destinarla a su residencia
    habitual y permanente.

ESTIPULACIONES

Primera. Duración. El contrato se concierta por un plazo de un año a partir del {DATE2},
prorrogable conforme a la Ley de Arrendamientos Urbanos.

Segunda. Renta. La renta mensual se fija en {AMT} euros, que la arrendataria abonará dentro de los
siete primeros días de cada mes mediante transferencia a la cuenta {IBAN}, de la que es titular el
arrendador.

Tercera. Fianza. La arrendataria entrega en este acto una mensualidad en concepto de fianza legal.

Cuarta. Gastos. Los gastos de comunidad y el IBI serán por cuenta del arrendador; los suministros,
por cuenta de la arrendataria.

Quinta. Obras. La arrendataria no podrá realizar obras sin el consentimiento escrito del Sr. {L4}.

EL ARRENDADOR                              LA ARRENDATARIA

Fdo.: {P4}                                 Fdo.: {P1}
"""

TUNE["factura_autonomo"] = """
{PX2}
Fontanería · Calefacción · Gas
NIF: {NIF}
{ADDR}
Tel. {PHONE} · {EMAIL2}

FACTURA N.º {NUM}                         Fecha de expedición: {DATE}

CLIENTE
{P3}
NIE: {NIE}
{ADDR2}

CONCEPTO                                          CANT.    PRECIO     IMPORTE
Sustitución de termo eléctrico 80 l                 1      289,00      289,00
Mano de obra (horas)                                3       32,00       96,00
Material de fontanería (latiguillos, válvula)       1       18,50       18,50
                                                  ----------------------------
                                                  BASE IMPONIBLE        403,50
                                                  IVA 21 %               84,74
                                                  TOTAL FACTURA     {AMT} €

Forma de pago: transferencia bancaria a {IBAN}
Vencimiento: {DATE2}

Gracias por su confianza.
"""

TUNE["acta_comunidad"] = """
ACTA DE LA JUNTA GENERAL ORDINARIA DE LA COMUNIDAD DE PROPIETARIOS
{ADDR}

En {CITY}, siendo las {TIME} horas del {DATE}, se reúnen en segunda convocatoria, en el portal del
edificio, los propietarios que a continuación se relacionan:

ASISTENTES
   1.º A    {PC1}                (presidenta)
   1.º B    {PC2}
   2.º A    {PC3}
   3.º B    Ausente (delega el voto en la presidenta)
   Local    {ORG}

Actúa como secretario el administrador de la finca, D. {P4} ({ORG2}).

ORDEN DEL DÍA
   1. Lectura y aprobación, si procede, del acta anterior.
   2. Estado de cuentas del ejercicio {YEAR}.
   3. Presupuestos para la reparación de la cubierta.
   4. Ruegos y preguntas.

DESARROLLO DE LA SESIÓN
1. Se aprueba por unanimidad.
2. El administrador informa de un saldo a favor de la comunidad de {AMT} €. El Sr. {L2} pregunta por
   la deuda pendiente del tercero B; el Sr. {L4} explica que se ha enviado el requerimiento previo a
   la reclamación judicial.
3. Se presentan tres presupuestos. Tras un breve debate, se aprueba el más económico, con el voto
   en contra de {IN3}.
4. La Sra. {L3} solicita que se revise la iluminación del garaje. {F1} se compromete a llamar al
   electricista esta misma semana.

Sin más asuntos que tratar, se levanta la sesión a las {TIME}.

LA PRESIDENTA                              EL SECRETARIO-ADMINISTRADOR
{P1}                                       {P4}
"""

TUNE["csv_socios"] = """
num_socio;apellidos;nombre;dni_nie;fecha_alta;telefono;correo;localidad;cuota_eur
1043;{L1};{F1};{NIF};{DATE};{PHONE};{EMAIL1};{CITY};{AMT}
1044;{L2};{F2};{NIE};{DATE2};{PHONE2};{EMAIL2};{CITY2};45,00
1051;{L3};{F3};;{DATE};;{EMAIL3};{CITY};45,00
1058;{L4};{F4};;{DATE2};{PHONE};{EMAIL4};{CITY2};22,50
"""

TUNE["whatsapp_familias"] = """
{DATE}, {TIME} - {P1}: Hola familias! Os recuerdo que mañana hay que traer la autorización firmada para la excursión 🚌
{DATE}, {TIME} - {P2}: Gracias {F1}. ¿A qué hora vuelven?
{DATE}, {TIME} - {P1}: Sobre las 17:00 a la puerta del cole
{DATE}, {TIME} - {PHONE}: Nosotros no la tenemos, creo que se la dimos a la profe el otro día 🙈
{DATE}, {TIME} - {P1}: Tranqui, se lo pregunto a {F3}
{DATE}, {TIME} - {P4}: Yo puedo llevar a tres niños en el coche si hace falta
{DATE}, {TIME} - {P2}: Genial {F4} 👍
{DATE}, {TIME} - {P3} se unió usando el enlace de invitación de este grupo
{DATE}, {TIME} - {P3}: Hola! Soy {F3}, la tutora de 3.º B. Confirmo: salida a las 9:00 y vuelta a las 17:00. Que traigan gorra, agua y almuerzo
{DATE}, {TIME} - {PHONE}: Perfecto, gracias!!
{DATE}, {TIME} - {P1}: <Multimedia omitido>
{DATE}, {TIME} - {P1}: Esta es la lista de lo que tienen que llevar
{DATE2}, {TIME} - {P4}: ¿Alguien se ha llevado por error una chaqueta azul talla 8? Es de mi hijo
{DATE2}, {TIME} - {PHONE2}: La tengo yo!! Mañana se la doy a {F4} en la puerta
{DATE2}, {TIME} - {P4}: Mil gracias 🙏
"""

TUNE["ticket_soporte"] = """
Ticket #{NUM}  ·  Estado: Abierto  ·  Prioridad: Alta
Categoría: Facturación > Cargo duplicado
Creado: {DATE} {TIME}
Solicitante: {P3} <{EMAIL3}>
Agente asignado: {P2}
Canal: Formulario web

--- Mensaje original ---
Buenas tardes. Este mes me han cobrado dos veces la cuota de la fibra (n.º de cliente {NUM}).
Los dos cargos aparecen en la cuenta {IBAN}. Necesito que me devuelvan el importe duplicado cuanto
antes. Mi teléfono de contacto es el {PHONE}.
{F3}

--- Respuesta de {IN2} ({DATE2} {TIME}) ---
Hola, {F3}:

Lamentamos las molestias. Hemos comprobado que se generó un recibo duplicado por un error en la
pasarela de pago. Ya hemos tramitado el abono de {AMT} €, que verás reflejado en un plazo de 5 a 7
días hábiles.

Un saludo,
{F2} | Atención al Cliente · {ORG}

--- Nota interna (no visible para el cliente) ---
@{fl4} revisa por favor si el fallo afecta a más clientes de la misma remesa.
Escalado a {P4} (Nivel 2).
"""

TUNE["noticia_sucesos"] = """
SUCESOS

Rescatan a un senderista herido en un barranco de {CITY2}

REDACCIÓN | {DATE}

Los bomberos y los voluntarios de protección civil rescataron en la tarde del {DATE2} a un vecino de
{CITY}, {P2}, que había sufrido una caída mientras recorría una ruta de montaña señalizada.

La alerta la dio su acompañante, {P1}, que llamó al 112 sobre las {TIME}. "Se resbaló en una zona
de piedra suelta y no podía apoyar el pie", explicó {F1} a este periódico.

El herido fue evacuado en camilla hasta la pista forestal y trasladado en ambulancia al hospital,
donde permanece ingresado con una fractura de tobillo. {L2}, jubilado y muy conocido en el club de
montaña local, se encuentra "dolorido pero de buen humor", según su familia.

El alcalde, {P4}, agradeció la rapidez de los equipos de emergencia y recordó que el sendero se
revisará en los próximos meses junto con la concejala de Medio Ambiente, {P3}.

Texto: {IN3}
"""

TUNE["esquela"] = """
                              ✝

              ROGAD A DIOS EN CARIDAD POR EL ALMA DE

                        DON {PX4}

              Que falleció en {CITY} el día {DATE},
                    a los 87 años de edad,
          habiendo recibido los Santos Sacramentos.

                          D. E. P.

Su esposa, {P1}; sus hijos, {F3} y {F2}; hijos políticos, nietos, bisnietos, hermanos y demás
familia

              RUEGAN una oración por su alma.

La misa funeral se celebrará hoy, a las {TIME}, en la iglesia parroquial de {CITY2}, y a
continuación, la inhumación en el cementerio municipal.

Tanatorio municipal, sala 3.
"""

TUNE["curriculum"] = """
CURRÍCULUM VITAE

{PX3}
{ADDR}  ·  {PHONE}  ·  {EMAIL3}
Fecha de nacimiento: {DOB}  ·  NIE: {NIE}
Permiso de conducir B · Vehículo propio

PERFIL PROFESIONAL
Administrativa contable con más de ocho años de experiencia en pymes del sector de la distribución.
Organizada, resolutiva y acostumbrada a trabajar con plazos ajustados.

EXPERIENCIA
{YEAR} – actualidad      Administrativa de contabilidad — {ORG} ({CITY})
                         · Gestión de cobros y pagos, conciliaciones bancarias.
                         · Preparación de la documentación para la gestoría.
Anteriormente            Recepcionista — {ORG2} ({CITY2})
                         · Atención telefónica y presencial, agenda de citas.

FORMACIÓN
Técnico Superior en Administración y Finanzas
Curso de Contabilidad Avanzada y Cierre Fiscal (120 h)

IDIOMAS
Español (nativo) · Rumano (nativo) · Inglés (B2) · Francés (A2)

INFORMÁTICA
Paquete ofimático, hojas de cálculo avanzadas, programas de contabilidad y facturación.

REFERENCIAS
{P4}, jefe de administración en {ORG} — {PHONE2}
"""

TUNE["boletin_club"] = """
{ORG}
BOLETÍN INFORMATIVO · N.º 47 · {YEAR}

EDITORIAL
Queridos socios y socias: cerramos una temporada inolvidable. El equipo cadete femenino se ha
proclamado campeón de liga y el alevín ha terminado tercero. Gracias a entrenadores, familias y
voluntarios por hacerlo posible.
                                                            La presidenta, {P1}

RESULTADOS DE LA ÚLTIMA JORNADA
  Cadete femenino ........ 64 - 51 (victoria en casa)
  Infantil masculino ..... 38 - 40 (derrota ajustada)
  Sénior ................. 77 - 70 (victoria a domicilio)

Destacamos a {P3}, máxima anotadora de la final con 22 puntos. ¡Enhorabuena, {F3}!

NUEVAS INCORPORACIONES
Damos la bienvenida a {P2}, que se incorpora como entrenador del alevín. {F2} llega con diez años
de experiencia en categorías de formación.

CUOTAS Y TRÁMITES
Las cuotas de la próxima temporada se pasarán al cobro el {DATE}. Para cualquier cambio de datos
bancarios, contactad con el tesorero, {IN4}, en {EMAIL4} o en el {PHONE}.

CENA DE FIN DE TEMPORADA
Será el {DATE2} a las {TIME}. Reservas antes del día 10 en la oficina del club.
"""

TUNE["clasificados"] = """
ANUNCIOS BREVES

SE ALQUILA piso de 3 dormitorios en {CITY}, zona centro, exterior, con ascensor y calefacción
central. 650 €/mes. Llamar a {F1} al {PHONE} (tardes).

VENDO bicicleta de montaña talla M, frenos de disco, muy poco uso. 280 €. Preguntar por {F2}:
{PHONE2}.

SE OFRECE señora responsable para cuidado de personas mayores y limpieza, por horas o interna.
Amplia experiencia y referencias. {P3}, {EMAIL3}.

CLASES PARTICULARES de matemáticas y física, ESO y Bachillerato. Profesor titulado con experiencia.
{IN4}. Tel. {PHONE}.

TRASPASO bar-cafetería en funcionamiento, en {CITY2}. Clientela fija. Razón: {P2}, {EMAIL2}.
"""

TUNE["registro_visitas"] = """
REGISTRO DE VISITAS — RECEPCIÓN
{ORG}  ·  {ADDR}
Fecha: {DATE}

| Entrada | Nombre y apellidos | DNI/NIE   | Empresa       | Visita a        | Salida | Tarjeta |
|---------|--------------------|-----------|---------------|-----------------|--------|---------|
| 08:47   | {P2}               | {NIF}     | {ORG2}        | {IN1}           | 09:30  | V-03    |
| {TIME}  | {P3}               | {NIE}     | Particular    | Dpto. Compras   | 11:15  | V-07    |
| 12:05   | {PU4}              |           | Mensajería    | Almacén         | 12:20  | —       |
| 16:40   | {PI1}              |           | {ORG2}        | Dirección       |        | V-03    |

Las tarjetas de visitante deben devolverse a la salida. Responsable de recepción: {P1}.
"""

TUNE["xml_expediente"] = """
<?xml version="1.0" encoding="UTF-8"?>
<expediente id="{NUM}" tipo="ayuda-alquiler">
  <fechaRegistro>{DATE}</fechaRegistro>
  <solicitante>
    <nombre>{F1}</nombre>
    <apellidos>{L1}</apellidos>
    <nif>{NIF}</nif>
    <fechaNacimiento>{DOB}</fechaNacimiento>
    <domicilio>{ADDR}</domicilio>
    <telefono>{PHONE}</telefono>
    <correo>{EMAIL1}</correo>
    <cuentaBancaria>{IBAN}</cuentaBancaria>
  </solicitante>
  <representante>
    <nombreCompleto>{PU2}</nombreCompleto>
    <nie>{NIE}</nie>
    <relacion>cónyuge</relacion>
  </representante>
  <tramitacion>
    <organo>{ORG}</organo>
    <tramitador>{IN3}</tramitador>
    <estado>pendiente de subsanación</estado>
    <fechaRequerimiento>{DATE2}</fechaRequerimiento>
  </tramitacion>
</expediente>
"""

TUNE["chat_web"] = """
Transcripción del chat — {ORG}
Iniciado el {DATE} a las {TIME}
Visitante: {P4} ({EMAIL4})

[{TIME}] Asistente virtual: ¡Hola! ¿En qué podemos ayudarte?
[{TIME}] {F4}: hola, quiero cambiar la direccion de entrega de un pedido
[{TIME}] Asistente virtual: Te paso con una persona del equipo. Un momento, por favor.
[{TIME}] {P3} se ha unido a la conversación
[{TIME}] {F3}: Hola, {F4}, soy {F3}. ¿Me indicas el número de pedido?
[{TIME}] {F4}: {NUM}
[{TIME}] {F3}: Gracias. ¿A qué dirección quieres que lo enviemos?
[{TIME}] {F4}: a {ADDR2}, es la casa de mi madre, {P1}. Ella lo recoge
[{TIME}] {F3}: Hecho. Te llegará un SMS al {PHONE} con el nuevo horario de entrega.
[{TIME}] {F4}: perfecto muchas gracias
[{TIME}] {F3}: ¡A ti! Que tengas un buen día.
[{TIME}] {P3} ha cerrado la conversación

Valoración del cliente: ★★★★★
"""

TUNE["foro_comentarios"] = """
FORO DE VECINOS › Movilidad y tráfico › Nuevo carril bici en la avenida

{fl1}_runner · {DATE}
¿Alguien sabe cuándo terminan las obras del carril bici? Llevamos dos meses con el paso cortado y
los autobuses desviados. Ya puse una queja en el registro del ayuntamiento.
    👍 23   💬 4

    ↳ {P2} · respondió
      Según nos dijeron en la asociación, para final de mes. {P4}, el concejal, estuvo aquí el
      otro día y dijo lo mismo 🙄

    ↳ {fl3}.{YEAR} · respondió
      Yo hablé con la técnica municipal, la Sra. {L3}, y me dijo que falta la señalización.

    ↳ {fl1}_runner · respondió
      Gracias a los dos. Si alguien quiere firmar la queja conjunta, escribid a {EMAIL1}

{P4} · {DATE2} · Cuenta verificada
Os informo de que la obra se recepcionará en las próximas semanas. Disculpad las molestias.
    👍 5   👎 31   💬 12
"""

TUNE["neg_receta_cocina"] = """
BIZCOCHO DE YOGUR Y LIMÓN — RECETA DE SIEMPRE

Ingredientes (molde de 22 cm)
  - 1 Yogur Natural (usa el vasito como medida)
  - 3 Huevos L
  - 2 medidas de Azúcar Blanco
  - 3 medidas de Harina de Trigo
  - 1 medida de Aceite de Girasol
  - 1 sobre de Levadura Química
  - Ralladura de un limón

Elaboración
  1. Precalienta el horno a 180 °C, calor arriba y abajo.
  2. Bate los huevos con el azúcar hasta que blanqueen y doblen su volumen.
  3. Añade el yogur, el aceite y la ralladura. Mezcla con Varillas Manuales, sin batir en exceso.
  4. Incorpora la harina tamizada con la levadura, en dos tandas y con movimientos envolventes.
  5. Engrasa el molde, vierte la masa y hornea 40 minutos. No abras el horno antes de la media hora.
  6. Pincha con un palillo: si sale limpio, está listo.

Consejo del Chef
Sustituye la Harina de Trigo por Harina de Espelta Integral si lo quieres más rústico. Para la
Versión Glaseada, mezcla Azúcar Glas con zumo de limón y cubre el bizcocho ya frío.

Dificultad: Fácil · Tiempo: 55 min · Raciones: 8
"""

TUNE["neg_aviso_transporte"] = """
AVISO A LOS VIAJEROS

LÍNEA 7 — CIRCULAR NORTE
Desvío provisional por obras de renovación de la red de saneamiento

Mientras duren las obras, los autobuses de la Línea 7 no pasarán por las paradas 14, 15 y 16.
Se habilitan paradas provisionales señalizadas con postes amarillos.

Servicio Nocturno Búho: mantiene su recorrido habitual.
Lanzadera Hospital: refuerza su frecuencia a un autobús cada 12 minutos en hora punta.

Recuerde:
  · Valide siempre su Tarjeta Ciudadana o su Bono Joven al subir.
  · Consulte los horarios actualizados en la App Oficial de Transporte o en las pantallas de las
    marquesinas.
  · Ceda el asiento a personas mayores, embarazadas y personas con movilidad reducida.

Disculpe las molestias. Gracias por su colaboración.
Servicio de Atención al Viajero
"""

# ---------------------------------------------------------------------------------------------------
# HELD
# ---------------------------------------------------------------------------------------------------

HELD["carta_recomendacion"] = """
{ORG}
{ADDR}

A QUIEN CORRESPONDA

D. {P4}, en calidad de director de Recursos Humanos de {ORG},

CERTIFICA:

Que Dña. {P3}, con DNI {NIF}, ha prestado sus servicios en esta empresa desde el {DATE} hasta el
{DATE2}, ocupando el puesto de técnica de laboratorio a jornada completa.

Durante este tiempo, la Sra. {L3} ha demostrado ser una profesional rigurosa, puntual y con una
gran capacidad de aprendizaje. Su responsable directo, {P2}, destaca especialmente su implicación
en la implantación del nuevo sistema de control de calidad.

Su salida de la empresa se produce a petición propia, por traslado de residencia a {CITY2}.

Por todo ello, recomiendo a {F3} sin reservas para cualquier puesto de responsabilidad similar.

Y para que así conste, a petición de la interesada, firmo el presente en {CITY}, a {DATE2}.


Fdo.: {P4}
Director de Recursos Humanos
Tel. {PHONE} · {EMAIL4}
"""

HELD["correo_reenviado"] = """
De: {P2} <{EMAIL2}>
Para: {P4} <{EMAIL4}>
Fecha: {DATE2} {TIME}
Asunto: Fwd: Confirmación de inscripción — Jornadas técnicas

{F4}, te reenvío la confirmación. Al final voy solo yo; {L1} no puede ese día porque tiene auditoría.
Si te animas, aún quedan plazas.

{F2}

---------- Mensaje reenviado ---------
De: {P3} <{EMAIL3}>
Fecha: {DATE}
Asunto: Confirmación de inscripción — Jornadas técnicas
Para: <{EMAIL2}>

Estimado Sr. {L2}:

Le confirmamos su inscripción en las Jornadas Técnicas de Eficiencia Energética en la Edificación,
que se celebrarán en el salón de actos de {ORG}, {ADDR}.

   Código de inscripción:  {NUM}
   Importe abonado:        {AMT} €
   Acreditación:           a partir de las {TIME}

Le rogamos que traiga impreso este correo o lo muestre en el móvil en el mostrador de acreditación.

Atentamente,

{P3}
Secretaría técnica de las Jornadas
{ORG2}
"""

HELD["solicitud_ayuda_libros"] = """
SOLICITUD DE AYUDA PARA LIBROS DE TEXTO Y MATERIAL ESCOLAR
Convocatoria {YEAR}                                          N.º de registro: {NUM}

1. DATOS DE LA PERSONA SOLICITANTE (padre, madre o tutor legal)
┌─────────────────────────────────────┬──────────────────────────────────┐
│ Apellidos: {L2}
│ Nombre: {F2}
├─────────────────────────────────────┼──────────────────────────────────┤
│ DNI/NIE: {NIE}                      │ Teléfono: {PHONE}
│ Domicilio: {ADDR}
│ Correo electrónico: {EMAIL2}
└─────────────────────────────────────┴──────────────────────────────────┘

2. DATOS DEL ALUMNO O ALUMNA
   Apellidos y nombre: {PC1}
   Centro educativo: {ORG}                 Curso: 4.º de Primaria

3. SITUACIÓN FAMILIAR (marque con una X)
   [X] Familia numerosa     [ ] Familia monoparental     [ ] Discapacidad reconocida

4. DATOS BANCARIOS
   IBAN: {IBAN}
   Titular de la cuenta: {PU2}

5. AUTORIZACIÓN
   [X] Autorizo a la Administración a consultar mis datos de renta y de empadronamiento.

En {CITY}, a {DATE}

Firma de la persona solicitante: {P2}
"""

HELD["comunicacion_ausencia"] = """
COMUNICACIÓN DE AUSENCIA AL PUESTO DE TRABAJO

Empleado/a:     {PC4}
N.º empleado:   {NUM}
Departamento:   Almacén — turno de mañana
Responsable:    {P1}

Fechas de ausencia: del {DATE} al {DATE2}

Motivo:
   [ ] Enfermedad común sin baja médica
   [X] Hospitalización de familiar de primer grado
   [ ] Fallecimiento de familiar
   [ ] Deber inexcusable de carácter público
   [ ] Otros: ______________________

Documentación aportada: justificante de ingreso hospitalario de {P3} (madre del trabajador).

Observaciones: {F4} avisó por teléfono a las {TIME} del primer día. Se le cubre el puesto con
{IN2}, del turno de tarde.

Firma del trabajador: {IN4}                  Vº Bº responsable: {IN1}

{CITY}, {DATE2}
"""

HELD["checklist_incorporacion"] = """
CHECKLIST DE INCORPORACIÓN — NUEVA PLANTILLA

Persona:                 {P2}
Puesto:                  Desarrollador backend
Fecha de incorporación:  {DATE}
Mentora asignada:        {P1}
Responsable de RR. HH.:  {P3}

ANTES DEL PRIMER DÍA
  [x] Contrato firmado y enviado a la gestoría ({ORG2})
  [x] Alta en la Seguridad Social (NIF {NIF})
  [x] Datos bancarios recibidos: {IBAN}
  [ ] Cuenta de correo creada: {EMAIL2}
  [ ] Portátil y credenciales preparados — lo gestiona @{fl4}

PRIMER DÍA
  [ ] Recepción y visita a las instalaciones de {ADDR}
  [ ] Reunión con {F1} para presentar el proyecto y el equipo
  [ ] Formación en prevención de riesgos laborales ({TIME}, sala 2)

PRIMERA SEMANA
  [ ] Revisión del plan de formación con la Sra. {L3}
  [ ] Acceso al repositorio y primera tarea asignada
  [ ] Comida de equipo

Contacto de emergencia facilitado por {F2}: {P4} — {PHONE}
"""

HELD["informe_alta"] = """
{ORG}
SERVICIO DE MEDICINA INTERNA
INFORME DE ALTA HOSPITALARIA

Paciente: {PU3}
NHC: {NUM}                          Fecha de nacimiento: {DOB}
Fecha de ingreso: {DATE}            Fecha de alta: {DATE2}
Médico responsable: Dr. {P2}

MOTIVO DE INGRESO
Mujer que acude a Urgencias por disnea progresiva de una semana de evolución y fiebre de hasta
38,5 °C, acompañada de su hijo, {F4}.

ANTECEDENTES PERSONALES
No alergias medicamentosas conocidas. Diabetes mellitus tipo 2 en tratamiento con metformina.
Exfumadora desde hace diez años.

EVOLUCIÓN
Durante su ingreso la paciente recibe antibioterapia intravenosa con buena evolución clínica y
radiológica. Se comenta el caso con la Dra. {L1}, de Neumología, que no considera necesaria la
realización de broncoscopia.

JUICIO CLÍNICO
Neumonía adquirida en la comunidad, lóbulo inferior derecho.

TRATAMIENTO AL ALTA
  - Amoxicilina/clavulánico 875/125 mg: 1 comprimido cada 8 horas, 5 días más.
  - Continuar con su medicación habitual.

RECOMENDACIONES
Control por su médico de atención primaria en 7-10 días. Radiografía de tórax de control en 6
semanas. Si reaparece la fiebre, acudir de nuevo a Urgencias.

Fdo.: {IN2}
Facultativo Especialista de Área
{CITY}, {DATE2}
"""

HELD["analitica"] = """
LABORATORIO DE ANÁLISIS CLÍNICOS
{ORG} — {ADDR}

Paciente: {PC2}                      Sexo: V        F. nac.: {DOB}
N.º de petición: {NUM}               Fecha de extracción: {DATE}
Médica peticionaria: Dra. {IN3}
Procedencia: Centro de salud — consulta 4

BIOQUÍMICA                RESULTADO     UNIDADES     VALORES DE REFERENCIA
Glucosa                   112 *         mg/dL        74 - 106
Creatinina                0,94          mg/dL        0,70 - 1,20
Colesterol total          231 *         mg/dL        < 200
Colesterol HDL            48            mg/dL        > 40
Triglicéridos             167 *         mg/dL        < 150
GOT (AST)                 24            U/L          5 - 40
GPT (ALT)                 31            U/L          5 - 41

HEMOGRAMA
Hemoglobina               14,8          g/dL         13,0 - 17,0
Leucocitos                7,2           x10^3/µL     4,0 - 11,0
Plaquetas                 245           x10^3/µL     150 - 450

(*) Valor fuera del intervalo de referencia.

Validado por: {P1}, facultativa especialista en Análisis Clínicos.   {DATE2}
"""

HELD["cita_programada"] = """
CITA PROGRAMADA — CONSULTAS EXTERNAS

{PU2}
{ADDR}

Estimado/a paciente:

Le comunicamos que tiene una cita programada con el siguiente detalle:

   Fecha:          {DATE2}
   Hora:           {TIME}
   Especialidad:   Traumatología
   Facultativo:    Dr. {P4}
   Lugar:          {ORG}, planta 2, consulta 14

Si no puede acudir, le rogamos que lo comunique con al menos 48 horas de antelación en el teléfono
{PHONE}, para poder ofrecer su cita a otro paciente.

Recuerde traer su tarjeta sanitaria, el DNI ({NIF}) y los informes y pruebas previas.

Si lo desea, puede acudir acompañado. Su acompañante autorizado en nuestra base de datos es
{P3}, con teléfono {PHONE2}.

Fecha de emisión: {DATE}
"""

HELD["escritura_compraventa"] = """
NÚMERO {NUM}

COMPRAVENTA

En {CITY}, a {DATE}.

Ante mí, {PX2}, Notario de esta ciudad,

COMPARECEN

De una parte, como VENDEDORES:
DON {PX4}, mayor de edad, jubilado, con DNI {NIF}, y su esposa DOÑA {PX3}, mayor de edad, sus
labores, ambos vecinos de {CITY2}, con domicilio en {ADDR2}.

De otra parte, como COMPRADORA:
DOÑA {PX1}, nacida el {DOB}, soltera, con NIE {NIE}, vecina de {CITY}.

EXPONEN

I.  Que los señores {L4} y {L3} son dueños, con carácter ganancial, de la siguiente finca:
    URBANA. VIVIENDA situada en {ADDR}, planta segunda, puerta izquierda, con una superficie
    construida de ochenta y seis metros cuadrados.

II. Que la finca se halla libre de cargas y al corriente en el pago de gastos de comunidad, según
    certificado expedido por el administrador de la finca.

OTORGAN

PRIMERO. Los señores {L4} y {L3} venden la finca descrita a DOÑA {PX1}, que la compra y adquiere.

SEGUNDO. El precio de la compraventa es de {AMT} euros, que la parte vendedora confiesa haber
recibido de la compradora mediante transferencia a la cuenta {IBAN}.

Así lo dicen y otorgan los comparecientes, a quienes leo íntegramente esta escritura.

Están las firmas de los comparecientes. — Signado: {IN2}. — Rubricado y sellado.
"""

HELD["cedula_citacion"] = """
JUZGADO DE PRIMERA INSTANCIA E INSTRUCCIÓN N.º 2 DE {CITY}
{ADDR}
Tel.: {PHONE}

Procedimiento:   Juicio verbal {NUM}
Demandante:      {PU1}
Procuradora:     {P3}
Demandado:       {PU2}

                         CÉDULA DE CITACIÓN

En virtud de lo acordado en resolución de esta fecha, dictada en el procedimiento arriba indicado,
se cita a D. {P2}, con domicilio en {ADDR2}, para que comparezca ante este Juzgado el día {DATE2},
a las {TIME} horas, a fin de asistir a la vista señalada, con los apercibimientos legales.

Se le advierte que, si no comparece sin alegar justa causa, se le podrá declarar en rebeldía y
continuará el procedimiento sin volver a citarle.

Deberá comparecer con los medios de prueba de que intente valerse.

En {CITY}, a {DATE}.

EL LETRADO DE LA ADMINISTRACIÓN DE JUSTICIA
{P4}

----------------------------------------------------------------------
RECIBÍ la cédula el día ______________      DNI: {NIF}
Firma: ______________________
"""

HELD["testamento"] = """
TESTAMENTO ABIERTO

NÚMERO {NUM}

En {CITY}, a {DATE}.

Ante mí, {PX4}, Notario de esta ciudad,

COMPARECE

DOÑA {PX1}, nacida en {CITY2} el {DOB}, viuda, vecina de {CITY}, con domicilio en {ADDR}, provista
de DNI número {NIF}.

Tiene, a mi juicio, la capacidad legal necesaria para otorgar testamento, y a tal efecto

DISPONE

PRIMERA. Declara que estuvo casada en únicas nupcias con DON {PX2}, ya fallecido, de cuyo
matrimonio tiene dos hijos.

SEGUNDA. Lega a su sobrina, DOÑA {PX3}, las joyas de su propiedad y la cantidad de {AMT} euros,
depositada en la cuenta {IBAN}.

TERCERA. En el remanente de todos sus bienes, derechos y acciones, instituye herederos por partes
iguales a sus dos hijos, sustituidos vulgarmente por sus respectivos descendientes.

CUARTA. Nombra albacea a su sobrina {F3}, con las más amplias facultades.

QUINTA. Revoca cualquier otro testamento anterior.

Así lo otorga la testadora, a quien leo este testamento. Lo aprueba y firma conmigo. Doy fe.

Está la firma de la testadora. — Signado: {IN4}. — Rubricado y sellado.
"""

HELD["listado_alumnado"] = """
{ORG}
LISTADO DE ALUMNADO — 5.º B DE EDUCACIÓN PRIMARIA
Curso {YEAR}                                   Tutor: {P2}

N.º   APELLIDOS Y NOMBRE                                     OBSERVACIONES
01    {PI1}                                                  Alergia a frutos secos
02    {PI3}                                                  Comedor escolar
03    {PI4}                                                  Transporte escolar
04    (pendiente de matrícula)                               Incorporación tardía

Persona autorizada para la recogida de {F1}: {P4}, tel. {PHONE}
Profesora de inglés: {IN3} · Profesor de educación física: {IN4}

Actualizado: {DATE}
"""

HELD["carta_familias"] = """
{ORG}
{ADDR} · Tel. {PHONE}

{CITY}, {DATE}

Estimadas familias:

Como cada curso, el próximo {DATE2} celebraremos la Semana Cultural, que este año estará dedicada
a la ciencia y la naturaleza. Habrá talleres por la mañana y una exposición de trabajos abierta a
las familias por la tarde.

La coordinadora de la Semana Cultural, {P1}, necesita voluntarios para los talleres. Si podéis
colaborar, escribid a {EMAIL1} cuanto antes. Para cualquier duda sobre el transporte, podéis
dirigiros al jefe de estudios, {P4}.

Recordad devolver firmada la autorización que figura al pie de esta carta.

Un cordial saludo,

La directora,
{P3}

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
AUTORIZACIÓN (recortar y entregar al tutor o tutora)

D./Dña. ________________________________, con DNI ______________, como padre/madre/tutor
del alumno/a ______________________________, de ______ curso, AUTORIZO su participación en las
actividades de la Semana Cultural.

Firma: ____________________
"""

HELD["parte_siniestro"] = """
COMUNICACIÓN DE SINIESTRO — SEGURO DE HOGAR

Compañía:           {ORG}
N.º de póliza:      {NUM}
Tomadora:           {PC1}
NIF:                {NIF}
Dirección del riesgo: {ADDR}
Teléfono:           {PHONE}          Correo: {EMAIL1}

Fecha del siniestro: {DATE}          Hora aproximada: {TIME}

Tipo de siniestro:
  [X] Daños por agua   [ ] Robo   [ ] Incendio   [ ] Rotura de cristales   [ ] Fenómenos atmosféricos

Descripción de los hechos:
Rotura del latiguillo del lavabo del baño principal mientras la vivienda estaba vacía. El agua se
filtró al piso inferior, propiedad de D. {P2}, que tiene su seguro de hogar con {ORG2}. El vecino
avisó a la asegurada por teléfono y cortó la llave de paso el portero de la finca.

Daños propios: suelo de tarima del baño y del pasillo, mueble del lavabo.
Daños a terceros: techo y pared del baño del piso inferior.

Perito asignado: {P4}
Cuenta para la indemnización: {IBAN}

Declaro que los datos anteriores son ciertos.
{CITY}, {DATE2}                                   Firma: {IN1}
"""

HELD["recibi_senal"] = """
RECIBÍ

Yo, {P3}, con NIE {NIE} y domicilio en {ADDR}, declaro haber recibido de D. {P2}, con DNI {NIF},
la cantidad de {AMT} euros en efectivo en concepto de señal por la compraventa del vehículo de mi
propiedad, marca y modelo según la documentación adjunta.

El resto del precio se abonará el día {DATE2}, en el momento de la firma del contrato de
compraventa y la entrega de la documentación del vehículo.

Si la compraventa no se realizara por causa imputable al comprador, este perderá la señal
entregada. Si fuera por causa imputable a la vendedora, esta devolverá la señal duplicada.

En {CITY}, a {DATE}

La vendedora                               El comprador
{P3}                                       {P2}
"""

HELD["json_historia"] = """
{
  "expediente": "{NUM}",
  "fechaAlta": "{DATE}",
  "paciente": {
    "nombre": "{F3}",
    "apellidos": "{L3}",
    "dni": "{NIF}",
    "fechaNacimiento": "{DOB}",
    "telefono": "{PHONE}",
    "email": "{EMAIL3}",
    "direccion": "{ADDR}"
  },
  "contactos": [
    {"nombreCompleto": "{P4}", "parentesco": "cónyuge", "telefono": "{PHONE2}"},
    {"nombreCompleto": "{P1}", "parentesco": "hija", "email": "{EMAIL1}"}
  ],
  "profesionalAsignado": "{IN2}",
  "centro": "{ORG}",
  "ultimaVisita": "{DATE2}",
  "alergias": ["penicilina"],
  "observaciones": "Prefiere que se llame a su marido antes de las {TIME}."
}
"""

HELD["tsv_plantilla"] = """
id_empleado	apellidos	nombre	nif_nie	fecha_alta	iban	departamento	correo_corporativo
E-0112	{L1}	{F1}	{NIF}	{DATE}	{IBAN}	Administración	{EMAIL1}
E-0127	{L2}	{F2}	{NIE}	{DATE2}		Logística	{EMAIL2}
E-0131	{L3}	{F3}		{DATE}		Atención al cliente	{EMAIL3}
E-0140	{L4}	{F4}		{DATE2}		Logística	{EMAIL4}
"""

HELD["chat_equipo"] = """
#proyecto-almacen  ·  {ORG}

{P1}  {TIME}
Buenos días, equipo. @{fl2} ¿has podido revisar el inventario de ayer?

{P2}  {TIME}
Sí, cuadra todo salvo la referencia {NUM}. Faltan 12 unidades. Lo miro con {F4} ahora.
    👀 1

{P4}  {TIME}
Eran las que se fueron en el pedido urgente de {ORG2}. Ya está regularizado en el sistema.

{P1}  {TIME}
Genial, gracias a los dos 🙌
Recordad que a las {TIME} tenemos la reunión con {P3} para cerrar el cierre de mes.

{P3}  {TIME}
Me retraso diez minutos, empezad sin mí. {F1}, ¿me mandas el resumen por aquí?

{P1}  {TIME}
Claro, {F3} 👍

— {F2} ha cambiado el nombre del canal a #almacen-cierre-mensual —
"""

HELD["sms_vecinos"] = """
{P4}
{PHONE}

                               {DATE}

Hola {F4}, soy {F1}, la vecina del 2.º. ¿Te han dejado a ti un paquete a mi nombre?   {TIME}

                      Sí! Lo tengo yo. Pásate cuando quieras, estoy en casa   {TIME}

Genial, subo en 5 min. Gracias!!   {TIME}

                               {DATE2}

                   {F1}, ¿sabes algo de la derrama del ascensor? {L3} dice que hay junta   {TIME}

Sí, la convoca {P3}. Te paso su número: {PHONE2}   {TIME}

                                                     Gracias vecina 🙂   {TIME}
"""

HELD["publicacion_redes"] = """
{P3} · {DATE}
¡Qué orgullo! 🥈 Mi hija ha quedado segunda en el campeonato de natación. Gracias a su entrenador,
{P2}, y a toda la familia de {ORG} 💙 #natación #orgullodemadre

❤️ 214   💬 18   ↗ 5

Comentarios
  {P1}: Enhorabuena!! Se lo merece por todo lo que entrena 👏👏
    ↳ {P3}: Gracias {F1}!! 😘
  {P4}: Qué crack. Felicidades a la familia {L3}
  @{fl2}: Orgulloso de ella, y de todo el grupo. Nos vemos en la próxima 💪
    ↳ {P1}: {F2} eres el mejor entrenador 🙌
  {ORG}: ¡Enhorabuena a nuestra nadadora! 🏊‍♀️
"""

HELD["nota_prensa"] = """
NOTA DE PRENSA

{ORG} inaugura su nuevo centro logístico en {CITY}

La instalación creará 85 puestos de trabajo directos en su primer año de funcionamiento

{CITY}, {DATE}. — {ORG} ha inaugurado hoy su nuevo centro logístico, con una superficie de 12.000
metros cuadrados, en un acto que ha contado con la presencia de la consejera de Economía, {P3}, y
del alcalde de la localidad, {P4}.

"Este centro nos permite acercarnos a nuestros clientes y reducir los plazos de entrega a menos de
24 horas", ha declarado {P1}, consejera delegada de la compañía. {L1} ha destacado también el
acuerdo alcanzado con {ORG2} para la formación de personas desempleadas de la comarca.

Por su parte, el alcalde ha agradecido la apuesta de la empresa por el municipio y ha recordado que
el ayuntamiento ha mejorado los accesos al polígono.

Sobre la compañía
Fundada en {YEAR}, la empresa cuenta con una plantilla de más de 400 personas.

Contacto de prensa:
{P2} · {PHONE} · {EMAIL2}
"""

HELD["anuncio_nacimiento"] = """
                     ¡YA ESTÁ AQUÍ!

           {P1} y {P2}

   tienen la inmensa alegría de anunciar el nacimiento de su hija

                          {F3}

      nacida en {CITY} el {DATE}, a las {TIME}, con 3,280 kg.

   Los abuelos, {P4} y su familia, y la hermana mayor, que no cabe en
   sí de gozo, os agradecen de corazón todas las felicitaciones.

   Para visitas, mejor escribid antes a {F1} al {PHONE} 💕
"""

HELD["albaran"] = """
ALBARÁN DE ENTREGA N.º {NUM}

{ORG}
{ADDR}

Cliente: {ORG2}
Dirección de entrega: {ADDR2}
Persona de contacto: {P3} — {PHONE}
Fecha: {DATE}                     Transportista: {P4}

REF.        DESCRIPCIÓN                              CANT.    BULTOS
AL-2210     Palé de agua mineral 1,5 l (6 ud.)        40        2
AL-0831     Caja de aceite de oliva virgen 5 l        12        1
AL-1407     Saco de harina de trigo 25 kg              8        1
AL-0099     Cajas de legumbre cocida, surtido         20        1

Observaciones: descargar por la puerta trasera. Avisar a {F3} diez minutos antes de llegar.

RECIBIDO CONFORME
Nombre: {P1}                        DNI: {NIF}
Hora: {TIME}                        Firma: ______________
"""

HELD["cuadrante_turnos"] = """
CUADRANTE DE TURNOS — UNIDAD DE HOSPITALIZACIÓN, 3.ª PLANTA
Semana del {DATE} al {DATE2}
Supervisora: {P3}

| Profesional          | Categoría  | D1 | D2 | D3 | D4 | D5 | D6 | D7 |
|----------------------|------------|----|----|----|----|----|----|----|
| {PC1}                | Enfermera  | M  | M  | T  | T  | L  | L  | N  |
| {PC2}                | Enfermero  | T  | T  | L  | L  | M  | M  | M  |
| {PC4}                | TCAE       | N  | N  | L  | L  | L  | T  | T  |
| (vacante, bolsa)     | Enfermera  | L  | M  | M  | M  | T  | L  | L  |

M = mañana (8-15) · T = tarde (15-22) · N = noche (22-8) · L = libre

Los cambios de turno se solicitan a {IN3} con 72 horas de antelación.
Guardia localizable de la semana: {F4} ({PHONE}).
"""

HELD["libro_bautismos"] = """
LIBRO DE BAUTISMOS — TOMO 38 — FOLIO 112 — N.º 224

En la iglesia parroquial de {CITY}, a {DATE}, yo, el infrascrito párroco, D. {P4}, bauticé
solemnemente a una niña nacida en {CITY2} el día {DATE2}, a la que se puso por nombre {F3}.

Es hija de D. {P2}, con NIE {NIE}, y de Dña. {P1}, con DNI {NIF}, ambos vecinos de esta
parroquia, con domicilio en {ADDR}.

Fue madrina Dña. {P3}, a quien advertí el parentesco espiritual y las obligaciones contraídas.

Y para que conste, lo firmo en la fecha ut supra.

                                          El párroco,
                                          {IN4}

Nota marginal: expedida partida de bautismo a petición de la madre, {PI1}, el {DATE2}.
"""

HELD["neg_manual_cafetera"] = """
CAFETERA EXPRESS AROMA PRO 1500 — MANUAL DE INSTRUCCIONES (EXTRACTO)

3. PRIMER USO
   Antes de preparar el primer café, enjuague el Depósito de Agua y realice un ciclo de limpieza
   sin cápsula.
   1. Llene el depósito hasta la marca MAX.
   2. Pulse el botón Power. El piloto Ready parpadeará en verde.
   3. Coloque una taza bajo la Salida de Café y pulse Espresso.
   4. Deseche el agua del primer ciclo.

4. MODOS DE PREPARACIÓN
   Espresso ........ 40 ml
   Lungo ........... 110 ml
   Modo Eco ........ se apaga tras 9 minutos sin uso

5. DESCALCIFICACIÓN
   Cuando el piloto Descal se ilumine en naranja, utilice el Kit Descalcificador Original.
   No utilice vinagre: podría dañar el Termobloque y anular la garantía.

ADVERTENCIA: No sumerja el aparato en agua. Desenchúfelo antes de limpiarlo. Manténgalo fuera
del alcance de los niños.
"""

HELD["neg_notas_version"] = """
Notas de la versión 4.2.0 — Gestor de Reservas Pro

Novedades
  • Nuevo Panel de Control con vista semanal y mensual.
  • Integración con Calendario Compartido y Exportación Rápida a hoja de cálculo.
  • Modo Oscuro disponible en todas las pantallas.
  • El Asistente de Configuración guía ahora la creación de salas y recursos.

Correcciones
  • Corregido un error que duplicaba las reservas al pulsar dos veces Guardar.
  • Mejorado el rendimiento del Buscador Avanzado con más de 10.000 registros.
  • La opción Recordatorio Automático respeta de nuevo la zona horaria del usuario.

Cambios incompatibles
  • Se elimina la Vista Clásica. Migre sus filtros guardados antes de actualizar.
  • La API Pública v1 queda obsoleta; utilice la v2.

Actualice desde Ajustes › Sistema › Buscar Actualizaciones. Reinicie la aplicación al terminar.
"""
