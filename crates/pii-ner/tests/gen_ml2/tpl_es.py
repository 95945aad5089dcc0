"""Spanish templates for gen_ml2 (Spain mostly, some Latin American and immigrant names).

Names hand-compiled from common given names and surnames in Spain, Latin America and the larger
immigrant communities in Spain (Moroccan, Romanian, Colombian, Ecuadorian, Chinese), of the kind
recorded as Wikidata given-name / family-name items (CC0). Organisation names and mail domains are
invented. Spanish documents write two family names; the driver composes them from FAMILY.
"""

es = "es"

GIVEN_F = [
    # Spain and Latin America
    "Cristina", "Laura", "Sara", "Irene", "Nuria", "Rosario", "Dolores", "Encarnación", "Mercedes",
    "Amparo", "Asunción", "Yolanda", "Verónica", "Sonia", "Patricia", "Noelia", "Lorena", "Miriam",
    "Estefanía", "Macarena", "Vanesa", "Tamara", "Rebeca", "Eugenia", "Soledad", "Esperanza",
    "Guadalupe", "Milagros", "Jimena", "Candela", "Aitana", "Valeria", "Daniela", "Catalina", "Nieves",
    "Luz Marina", "Rosa Isabel", "Mari Luz", "Marisol", "Sagrario", "Ainhoa", "Itziar", "Leire", "Maite",
    "Núria", "Meritxell", "Laia", "Mireia", "Iria", "Xiana", "Uxue", "Berta", "Lidia", "Olga",
    # Colombian / Ecuadorian
    "Yuliana", "Leidy", "Mayra", "Yesenia", "Maritza", "Dayana",
    # Moroccan
    "Fatima", "Khadija", "Naima", "Salma", "Samira", "Houda",
    # Romanian
    "Ioana", "Mihaela", "Alina", "Roxana", "Florentina",
    # Chinese
    "Xiu Mei", "Lihua", "Yan",
]

GIVEN_M = [
    # Spain and Latin America
    "Manuel", "Antonio", "Juan", "Fernando", "Diego", "Daniel", "David", "Adrián", "Rafael", "Ramón",
    "Enrique", "Emilio", "Vicente", "Eduardo", "Tomás", "Agustín", "Marcos", "Hugo", "Mario", "Iván",
    "Óscar", "Víctor", "Alberto", "Julián", "Esteban", "Guillermo", "Rogelio", "Ernesto", "Mateo",
    "Bernardo", "Felipe", "Jesús", "Ángel", "Borja", "Juan Antonio", "Juan Ramón", "Juan Manuel",
    "Aitor", "Iker", "Unai", "Xabier", "Jordi", "Oriol", "Xoán", "Brais", "Fermín", "Anselmo",
    # Colombian / Ecuadorian
    "Jhon Fredy", "Wilson", "Edison", "Darwin", "Jairo", "Brayan",
    # Moroccan
    "Mohamed", "Youssef", "Hamza", "Rachid", "Abdelkader",
    # Romanian
    "Mihai", "Constantin", "Florin", "Vasile", "Bogdan", "Ionuț",
    # Chinese
    "Wei", "Jian", "Zhiqiang",
]

FAMILY = [
    # common Spanish
    "Díaz", "Muñoz", "Hernández", "Martín", "Gil", "Serrano", "Molina", "Morales", "Suárez", "Ortiz",
    "Delgado", "Castro", "Marín", "Sanz", "Núñez", "Medina", "Garrido", "Cortés", "Lozano", "Cano",
    "Prieto", "Méndez", "Cruz", "Gallego", "Vidal", "León", "Herrera", "Márquez", "Peña", "Cabrera",
    "Flores", "Fuentes", "Carrasco", "Reyes", "Nieto", "Aguilar", "Hidalgo", "Giménez", "Ibáñez",
    "Durán", "Benítez", "Arias", "Vargas", "Carmona", "Crespo", "Soto", "Sáez", "Velasco", "Moya",
    "Parra", "Gallardo", "Rojas",
    # also ordinary words
    "Blanco", "Rubio", "Calvo", "Bravo", "Herrero", "Pastor", "Cordero", "Lobo", "Palacios", "Prado",
    "Rey", "Castillo",
    # with particles
    "de la Vega", "del Río", "de la Fuente", "del Pino", "de la Cruz", "del Valle", "de Castro",
    # regional: Basque, Catalan, Galician, Canarian
    "Etxeberria", "Goikoetxea", "Urrutia", "Aguirre", "Garmendia", "Olaizola", "Puig", "Vilaseca",
    "Casals", "Soler", "Ferrer", "Otero", "Varela", "Souto", "Lamas", "Figueroa", "Padrón", "Perdomo",
    # Latin American
    "Quispe", "Mamani", "Chávez", "Zambrano", "Mendoza", "Cárdenas", "Cedeño", "Guamán", "Ospina",
    "Restrepo", "Villacís",
    # Moroccan
    "El Amrani", "Benali", "Bennani", "El Idrissi", "Haddad", "Ait Ouali",
    # Romanian
    "Popescu", "Ionescu", "Dumitru", "Munteanu", "Radu", "Constantinescu",
    # Chinese
    "Wang", "Zhang", "Chen", "Liu", "Huang",
]

CITIES = [
    "Toledo", "Cáceres", "Badajoz", "Logroño", "Pamplona", "Santander", "Oviedo", "Gijón", "Vigo",
    "Ourense", "Lugo", "Huesca", "Teruel", "Soria", "Segovia", "Ávila", "Albacete", "Jaén", "Almería",
    "Huelva", "Jerez de la Frontera", "Castellón de la Plana", "Tarragona", "Lleida", "Girona",
    "Sabadell", "Terrassa", "Getafe", "Alcalá de Henares", "Móstoles", "Talavera de la Reina",
    "Ponferrada", "Elche", "Cartagena", "Marbella", "Vitoria-Gasteiz", "Palencia", "Zamora",
    "Salamanca", "Mérida", "Plasencia", "Antequera", "Úbeda", "Tomelloso", "Medina del Campo", "Haro",
    "Tudela", "Sanlúcar de Barrameda", "Olot", "Manacor", "Aranda de Duero", "Astorga", "Ribadeo",
    "Cangas de Onís", "Alcañiz", "Calahorra", "Las Palmas de Gran Canaria",
]

STREETS = [
    "Calle de Cervantes", "Calle Nueva", "Avenida de Andalucía", "Calle Ancha", "Calle del Sol",
    "Travesía de la Iglesia", "Ronda de Poniente", "C/ Doctor Fleming", "Avda. Reyes Católicos",
    "Plaza de la Iglesia", "Calle Larga", "Camino de los Molinos", "Rambla Nova", "Carrer de Sant Pere",
    "Rúa do Hórreo", "Calle Santa Clara", "Avenida de la Libertad", "Calle Extremadura", "Paseo Marítimo",
    "Urbanización Los Pinos", "Calle Hernán Cortés", "Glorieta de los Naranjos", "Calle Goya",
    "Pza. del Ayuntamiento",
]

ORGS = [
    "Construcciones Albarreda S.L.",
    "Talleres Orbaneja e Hijos S.L.",
    "Transportes Valdecierzo S.A.",
    "Clínica Dental Almenara",
    "Asesoría Fiscal Robledal S.L.P.",
    "Sociedad Cooperativa Olivarera La Encina",
    "Cooperativa de Viviendas Sol de Levante S. Coop.",
    "Fundación Ardenza para la Infancia",
    "Asociación de Vecinos El Cerrillo",
    "Club Deportivo Arenales",
    "Gestoría Manzanedo y Asociados",
    "Bufete Olmedilla Abogados",
    "Inmobiliaria Valdeserra",
    "Seguros Lunavera S.A.",
    "Distribuciones Cardenchosa S.L.U.",
    "Grupo Tervalia S.A.",
    "Ledesma Quirós C.B.",
    "Panadería Hermanos Arjona S.C.",
    "Electricidad Ribamar S.L.",
    "Laboratorios Quimbal S.A.",
    "Academia de Idiomas Lingora",
    "Centro Veterinario Los Almendros",
    "Nexaria Soluciones Digitales S.L.",
    "Logística Brezal S.L.",
    "INDUMESA",
    "Grupo Alimentario Salcedo S.A. (GRUALSA)",
    "Peñaranda & Soto Arquitectos S.L.P.",
    "Residencia de Mayores Virgen de la Sierra",
]

MAIL_DOMAINS = [
    "mensared.es", "lacarta.es", "vecinored.es", "terranet-correo.es", "nubemail.es", "correopinar.es",
    "telecorreo.es", "buzonsur.es",
]

TUNE = {
    "recordatorio_cita": """
Le recordamos su cita en {ORG}:
A nombre de: {P1}
Día: {DATE} a las {TIME} h
Si no puede acudir, llame al {PHONE} o responda ANULAR a este mensaje.
Rogamos puntualidad. Gracias.
""",
    "volante_derivacion": """
SERVICIO DE SALUD — ATENCIÓN PRIMARIA
Centro de Salud de {CITY}
VOLANTE DE INTERCONSULTA · Especialidad: Traumatología
Paciente: {PU1}    F. nac.: {DOB}    DNI: {NIF}
Motivo: gonalgia derecha de tres meses de evolución, sin mejoría con AINE ni fisioterapia.
Se solicita valoración y, si procede, RM de rodilla.
Prioridad: Normal
Médico solicitante: Dr. {P2}
Nº colegiado {NUM}    Fecha: {DATE}
""",
    "boletin_notas": """
COLEGIO PÚBLICO · Boletín informativo — 2ª Evaluación
Curso: 5º de Primaria, grupo B
Alumna: {PI3}
Lengua Castellana y Literatura ..... Notable (7)
Matemáticas ....................... Sobresaliente (9)
Ciencias de la Naturaleza ......... Bien (6)
Inglés ............................ Notable (8)
Faltas de asistencia: 2 (justificadas)
Observaciones: {F3} trabaja con constancia; debe cuidar la presentación de los cuadernos.
La tutora, {P1}
""",
    "acta_comunidad": """
ACTA DE LA JUNTA GENERAL ORDINARIA DE PROPIETARIOS
Comunidad de Propietarios {ADDR}
En primera convocatoria, a las {TIME} h del {DATE}, se reúnen en el portal los siguientes propietarios:
1º A – {PI1} (presidenta)
2º B – {PI2}
3º A – {PI4}, en representación de {PI3}
Actúa como secretario-administrador D. {P2}.
1. Aprobación de cuentas: se aprueban por unanimidad.
2. Derrama para la fachada: el Sr. {L4} vota en contra; se aprueba por mayoría.
Y no habiendo más asuntos que tratar, la Presidenta, Dña. {L1}, levanta la sesión.
""",
    "carta_presentacion": """
{P1}
{ADDR}
Tel. {PHONE} · {EMAIL1}

Departamento de Selección
{ORG}

{CITY}, {DATE}
Estimados señores:
Me dirijo a ustedes en relación con la oferta de Técnica de Administración publicada en su web.
Durante los últimos cuatro años he trabajado en {ORG2}, donde llevaba la facturación y los pedidos.
Quedo a su disposición para una entrevista.
Atentamente,
{P1}
""",
    "certificado_empresa": """
D. {P2}, en calidad de Director de Recursos Humanos de {ORG}, con domicilio social en {ADDR},

CERTIFICA:
Que Dña. {P3}, con DNI {NIF}, presta sus servicios en esta empresa desde el {DATE}, con la categoría
profesional de Oficial Administrativa de 1ª y contrato indefinido a jornada completa.

Y para que conste a petición de la interesada, firmo el presente en {CITY}, a {DATE2}.
""",
    "parte_baja": """
PARTE MÉDICO DE BAJA / ALTA DE INCAPACIDAD TEMPORAL
Trabajador/a: {PX2}
DNI/NIE: {NIE}
Contingencia: Enfermedad común
Diagnóstico: Lumbalgia aguda
Fecha de la baja: {DATE}
Duración estimada: 14 días. Próxima revisión: {DATE2}
Facultativa: Dra. {IN1} — Centro de Salud de {CITY}
""",
    "parte_siniestro": """
DECLARACIÓN DE SINIESTRO — Póliza de Hogar nº {NUM}
Mediador: {ORG}
Tomador: {PC2}    NIF: {NIF}
Domicilio del riesgo: {ADDR}
Fecha de ocurrencia: {DATE}
Descripción: rotura de tubería en el baño; el agua ha afectado al techo del piso de abajo, propiedad
de D. {P4}. El Sr. {L4} ya ha dado parte a su propia compañía.
Teléfono de contacto: {PHONE}
Cuenta para el abono de la indemnización: {IBAN}
""",
    "citacion_juzgado": """
Juzgado de Primera Instancia e Instrucción n.º 2 de {CITY}
Procedimiento: Juicio Verbal {NUM}
CÉDULA DE CITACIÓN
Persona a la que se cita: {PU4}, con domicilio en {ADDR}.
En calidad de: testigo.
Debe comparecer en la Sala de Vistas de este Juzgado el día {DATE}, a las {TIME} horas, provisto de su DNI.
Se le advierte de que, si no comparece sin justa causa, podrá imponérsele una multa.
La Letrada de la Administración de Justicia, {P1}
""",
    "esquela": """
ROGAD A DIOS EN CARIDAD POR EL ALMA DE
DON {PX2}
que falleció en {CITY} el día {DATE}, a los 84 años de edad,
habiendo recibido los Santos Sacramentos.
D.E.P.
Su esposa, {F1}; sus hijos, {F3} y {F4}; nietos y demás familia
ruegan una oración por su eterno descanso.
La misa funeral se celebrará mañana, a las {TIME} h, en la Parroquia de San Bartolomé.
""",
    "chat_familia": """
[{TIME}] {F1}: Chicos, el domingo comemos en casa de la abuela, ¿quién trae el postre?
[{TIME}] {F2}: Yo llevo la tarta de queso 🍰
[{TIME}] {F3}: Yo no puedo hasta las tres, tengo turno
[{TIME}] {F1}: Vale {F3}, te guardamos plato
[{TIME}] {F4}: ¿{fl2} vas a pasar a recogerme o voy en bus?
[{TIME}] {F2}: Te recojo a la una, {F4}
""",
    "correo_reenviado": """
---------- Mensaje reenviado ---------
De: {P2} <{EMAIL2}>
Fecha: {DATE}
Asunto: Presupuesto reforma cocina
Para: {P3} <{EMAIL3}>

Buenos días, {F3}:
Te adjunto el presupuesto revisado. He quitado la encimera de granito, como me dijiste.
Si te parece bien, podemos empezar la semana que viene.
Un saludo,
{F2}
""",
    "respuesta_ausencia": """
Asunto: Respuesta automática: Fuera de la oficina
Gracias por su mensaje. Estaré fuera de la oficina hasta el {DATE}, sin acceso al correo.
Para asuntos urgentes, puede dirigirse a mi compañero {P4} ({EMAIL4}) o llamar a la centralita
de {ORG}, {PHONE}.
Un cordial saludo,
{P3}
Responsable de Compras
""",
    "resena_cliente": """
★★★★☆  Muy buena atención
Publicada por {F1} de {CITY} · {DATE}
Fuimos a cenar un viernes sin reserva y nos buscaron mesa enseguida. El camarero, {F2}, muy atento y
simpático, nos recomendó el arroz del día. Lo único, algo de ruido en la Terraza.
Repetiremos seguro. ¡Gracias a todo el equipo de {ORG}!
""",
    "factura": """
FACTURA Nº {NUM}
Fecha de expedición: {DATE}
Emisor: {P4} — Fontanería y Calefacción — NIF {NIF}
{ADDR} · Tel. {PHONE}
Cliente: {ORG}
Domicilio: {ADDR2}
Concepto: sustitución de caldera y puesta en marcha
Base imponible: {AMT} €  ·  IVA 21 %
Forma de pago: transferencia a {IBAN}
""",
    "ficha_hotel": """
PARTE DE ENTRADA DE VIAJEROS
Nº de parte: {NUM}
Primer apellido / Segundo apellido: {L1}
Nombre: {F1}
Documento: NIE {NIE}
Fecha de nacimiento: {DOB}
Fecha de entrada: {DATE}
Firma del viajero: ____________
""",
    "ficha_veterinaria": """
CLÍNICA VETERINARIA · Consulta de {CITY}
HISTORIA CLÍNICA
Propietario/a: {PC3}    Tel.: {PHONE}
Animal: Canela · Especie: canina · Raza: Mestizo · Sexo: hembra
Fecha: {DATE}
Motivo de consulta: cojera del miembro posterior izquierdo.
Exploración: dolor a la palpación de la rodilla. Se pauta antiinflamatorio 5 días y reposo.
Revisión en dos semanas. Atendió: Ldo. {IN2}
""",
    "turnos_voluntariado": """
BANCO DE ALIMENTOS — Turnos de la Gran Recogida
Viernes  mañana: {F1} y {IN3}
Viernes  tarde:  {F2}
Sábado   mañana: {F4} (coordina)
Sábado   tarde:  {IN3} o {F1}, según disponibilidad
Recordad traer el chaleco y estar en la puerta del Supermercado a las {TIME}.
Cualquier cambio, avisad a {F4} por el grupo.
""",
    "nota_prensa": """
NOTA DE PRENSA
{ORG} abrirá una nueva sede en {CITY}
{CITY2}, {DATE}. — La compañía ha confirmado hoy que las obras comenzarán en primavera y que la
plantilla prevista supera los 120 empleados.
«Es una apuesta clara por la comarca», ha explicado su portavoz, {P3}.
Según {L3}, la selección de personal se hará en colaboración con el Servicio Público de Empleo.
Contacto de prensa: {EMAIL3}
""",
    "normas_piscina": """
NORMAS DE USO DE LA PISCINA COMUNITARIA
Horario: de {TIME} a 21:00 h, del 15 de junio al 15 de septiembre.
Es obligatorio ducharse antes del baño.
Los menores de 14 años deberán ir acompañados de un adulto.
No se permite la entrada de animales, balones ni objetos de cristal.
El Socorrista podrá expulsar a quien no respete estas normas.
La Junta de Gobierno
""",
    "prospecto": """
PROSPECTO: INFORMACIÓN PARA EL USUARIO
Paracetamol 1 g comprimidos EFG
Lea todo el prospecto detenidamente antes de empezar a tomar este medicamento.
Adultos y adolescentes mayores de 15 años: 1 comprimido cada 6-8 horas.
No tome más de 3 g al día. Si los síntomas empeoran, consulte a su Médico o Farmacéutico.
Conservar por debajo de 30 °C. Mantener fuera de la vista y del alcance de los Niños.
Lote: {NUM}
""",
    "aviso_corte_agua": """
AVISO A LOS VECINOS
Por obras de la Empresa Municipal de Aguas en la Red General, el próximo Martes se interrumpirá el
suministro de agua desde las {TIME} hasta las 14:00 horas aproximadamente.
Se recomienda cerrar la Llave de Paso y no utilizar el Ascensor durante la maniobra.
Disculpen las molestias.
La Administración
""",
}

HELD = {
    "ticket_farmacia": """
FARMACIA · Ldo. {P2}
{ADDR}  Tel. {PHONE}
TICKET Nº {NUM}    {DATE}  {TIME}
IBUPROFENO 600 MG 40 COMP ......... 1 ud.
SUERO FISIOLÓGICO MONODOSIS ....... 2 ud.
CREMA SOLAR FPS 50 ................ 1 ud.
TOTAL ............................. {AMT} €
Aportación del usuario según receta. Gracias por su visita.
""",
    "nota_agenda": """
Agenda escolar — Comunicación a las familias
Estimada familia de {F3}:
Hoy {F3} no ha traído el material de Plástica por tercera vez esta semana. Os ruego que lo reviséis en casa.
Un saludo,
{F2} (tutor de 3º B)

Enterada. Lo revisamos esta tarde. Disculpe las molestias.
Fdo.: {P1} (madre)
""",
    "respuesta_alquiler": """
Asunto: Interesada en el piso de {CITY} (ref. {NUM})
Hola, buenas tardes:
He visto su anuncio del piso de dos habitaciones y me gustaría visitarlo. Somos una pareja, mi marido
{F4} y yo, los dos con contrato fijo, sin mascotas ni niños.
Podríamos verlo cualquier tarde después de las {TIME}.
Mi teléfono es el {PHONE}.
Gracias y un saludo,
{P3}
""",
    "cabecera_cv": """
{PX3}
Fecha de nacimiento: {DOB} · NIE: {NIE}
Dirección: {ADDR}
Móvil: {PHONE} · Correo: {EMAIL3}
Carné de conducir B · Vehículo propio
PERFIL PROFESIONAL
Auxiliar de Enfermería con seis años de experiencia en Geriatría y Atención Domiciliaria.
""",
    "carta_recomendacion": """
A quien corresponda:

Por la presente, yo, {P4}, Jefe de Obra en {ORG}, recomiendo a D. {P2}, que ha trabajado a mis órdenes
como encargado de cuadrilla entre {YEAR} y la fecha actual.
El Sr. {L2} es un profesional serio, puntual y muy respetado por sus compañeros.
Para cualquier aclaración pueden llamarme al {PHONE}.

En {CITY}, a {DATE}.
Fdo.: {P4}
""",
    "nomina": """
RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS
Empresa: {ORG}    Domicilio: {ADDR}
Trabajador: {PU2}
NIF: {NIF}    Nº afiliación S.S.: {NUM}
Categoría: Oficial de 2ª    Grupo de cotización: 08
Periodo de liquidación: del 1 al 31 de marzo de {YEAR}
Líquido a percibir: {AMT} €   Abonado en cuenta {IBAN}
""",
    "atestado": """
DILIGENCIA DE EXPOSICIÓN DE HECHOS
En {CITY}, siendo las {TIME} horas del día {DATE}, ante los Agentes que suscriben, comparece:
D. {PX4}, nacido el {DOB}, con DNI {NIF}, domiciliado en {ADDR},
y MANIFIESTA:
Que sobre las dos de la madrugada ha encontrado forzada la puerta de su trastero.
Que sospecha de una persona que ha visto merodear por el garaje, y que su vecina, Dña. {P3},
puede confirmar lo sucedido.
Que no tiene nada más que añadir. Leída la presente, la firma en prueba de conformidad.
""",
    "escritura_notarial": """
NÚMERO {NUM}
COMPRAVENTA
En {CITY}, mi residencia, a {DATE}.
Ante mí, {P3}, Notaria del Ilustre Colegio de esta ciudad,
COMPARECEN:
De una parte, DON {PX2}, mayor de edad, casado, con domicilio en {ADDR} y DNI {NIF}.
Y de otra, DOÑA {PX1}, mayor de edad, soltera, vecina de {CITY2}, con NIE {NIE}.
Intervienen en su propio nombre y derecho.
""",
    "anuncio_nacimiento": """
¡Ya está aquí!
{F1} y {F2} tenemos la enorme alegría de anunciaros el nacimiento de nuestra hija
{F3}
que nació en {CITY} el {DATE}, a las {TIME}, con 3,250 kg.
Mamá y bebé están estupendamente. Los abuelos, {P4} y señora, más contentos que nadie.
""",
    "hoja_parroquial": """
HOJA PARROQUIAL — Avisos de la semana
· El Grupo de Cáritas agradece a {P1} y a {P4} su donativo para la Campaña de Navidad.
· Catequesis de Primera Comunión: los sábados a las {TIME}, en los salones parroquiales.
· El matrimonio formado por {F3} y {F2}, que celebra sus Bodas de Oro, invita a toda la comunidad
  a la Misa de Acción de Gracias del domingo.
· Para encargar misas, llamad al despacho parroquial: {PHONE}.
""",
    "resultados_club": """
{ORG} — Sección de Pádel
Liguilla interna de primavera · Resultados de la Jornada 6
Pista 1: {PI1} / {PI3}  6-4 6-3  {PI2} / {PI4}
Pista 2: {PI4} / {PI3}  7-5 2-6 10-8  {PI1} / {PI2}
Clasificación provisional: 1.º {PU3} (15 ptos.), 2.º {PU1} (13), 3.º {PU2} (11), 4.º {PU4} (8)
La próxima jornada se jugará el {DATE}. Quien no pueda, que avise a {F2} antes del jueves.
""",
    "chat_soporte": """
Chat de atención al cliente — {ORG}
[{TIME}] Sistema: Te atiende {F4}.
[{TIME}] {F4}: ¡Hola! ¿En qué puedo ayudarte?
[{TIME}] {fl1}: hola, me han cobrado dos veces la cuota de este mes
[{TIME}] {F4}: Vaya, lo siento. ¿Me confirmas el correo de la cuenta?
[{TIME}] {fl1}: {EMAIL1}
[{TIME}] {F4}: Gracias, {F1}. Ya veo el cargo duplicado; te lo devolvemos en 3-5 días hábiles.
""",
    "aviso_entrega": """
Hola, {F3}:
Tu pedido {NUM} está en reparto y llegará hoy entre las {TIME} y las 20:00.
Dirección de entrega: {ADDR}
Tu repartidor es {IN2}. Si no estás, podemos dejarlo con un vecino o en el Punto de Recogida más cercano.
¿Necesitas cambiar algo? Llama al {PHONE}.
""",
    "post_foro": """
Foro » Bricolaje y Reformas » ¿Qué cola uso para el parqué flotante?
{fl2}_reformas escribió:
Buenas, tengo que pegar unas lamas que se han levantado en el pasillo. ¿Alguna recomendación?

Respuesta de {fl4}:
Yo usé cola blanca para madera y sin problema. Como dice {fl2}, primero lija bien la zona.

Respuesta de {fl2}_reformas:
Gracias, {fl4}, lo pruebo este finde.
""",
    "anuncio_clasificado": """
SE VENDE bicicleta de montaña, talla M, ruedas de 29", frenos de disco hidráulicos.
Muy poco uso, siempre en garaje. Precio: {AMT} € negociables.
Zona {CITY}. Preguntar por {F2}, tardes, al {PHONE}. No contesto a números ocultos.
""",
    "justificante_transferencia": """
JUSTIFICANTE DE TRANSFERENCIA
Fecha de la operación: {DATE}
Ordenante: {PU1}
Cuenta de cargo: {IBAN}
Beneficiario: {P4}
Concepto: Fianza piso 2º izda. — dos mensualidades
Importe: {AMT} EUR
Referencia: {NUM}
""",
    "reserva_viaje": """
CONFIRMACIÓN DE RESERVA · Localizador {NUM}
Tren de Alta Velocidad · {CITY} → {CITY2}
Salida: {DATE}, {TIME}    Clase: Turista
Pasajero 1: {PU1}    Coche 5, plaza 8A
Pasajero 2: {PU2}    Coche 5, plaza 8B
Titular de la reserva: {P1} · {EMAIL1}
Importe total: {AMT} €
""",
    "alquiler_coche": """
CONTRATO DE ALQUILER DE VEHÍCULO Nº {NUM}
Conductor principal: {PC2}
Fecha de nacimiento: {DOB}    DNI: {NIF}
Dirección: {ADDR}
Conductor adicional: {PC3}
Recogida: Oficina Aeropuerto, {DATE} {TIME}    Devolución: {DATE2}
Seguro: Cobertura Total sin franquicia
Depósito de combustible: lleno/lleno
""",
    "prestamo_biblioteca": """
Biblioteca Pública Municipal de {CITY}
Comprobante de préstamo
Lector/a: {PI3}
Carné nº {NUM}
1. Cocina de aprovechamiento — ensayo
2. Guía de rutas por la montaña
Fecha de devolución: {DATE}
Renueve sus préstamos en el mostrador o en la web.
""",
    "relevo_turno": """
RELEVO DE ENFERMERÍA — Planta 3ª, turno de noche
Hab. 312-A: {IN1}. Postoperatorio de cadera, estable. Pendiente analítica a las 8.
Hab. 315-B: {IN4}. Diabético; glucemia de las 0 h, 210. Avisado Dr. {L2} (de guardia).
Hab. 318-A: Sra. {L3}. Muy desorientada, con barandillas. La familia llamará por la mañana.
Entrega: {F1}    Recibe: {F4}
""",
    "resultado_analitica": """
Hospital Comarcal de {CITY2} · Laboratorio de Análisis Clínicos
Paciente: {PU4}
F. nacimiento: {DOB}    Sexo: V
Nº petición: {NUM}    Fecha de extracción: {DATE}
Médico solicitante: Dra. {P3}
Procedencia: Centro de Salud de {CITY}
HEMOGRAMA — BIOQUÍMICA — PERFIL LIPÍDICO
""",
    "certificado_empadronamiento": """
Ayuntamiento de {CITY}
CERTIFICADO DE EMPADRONAMIENTO
Dña. {P1}, Secretaria General del Ayuntamiento,
CERTIFICA: Que, según los datos que obran en el Padrón Municipal de Habitantes, D. {P2},
con NIE {NIE}, nacido el {DOB}, figura inscrito en el domicilio {ADDR}
desde el {DATE}.
Y para que así conste, expido la presente con el Vº Bº de la Alcaldía.
""",
    "declaracion_renta": """
IRPF — Declaración conjunta — Ejercicio {YEAR}
Datos identificativos
Primer declarante: {PC2}    NIF: {NIF}    Fecha de nacimiento: {DOB}
Cónyuge: {PC1}    NIE: {NIE}
Domicilio fiscal: {ADDR}
Descendientes: {F3} (menor de 3 años, aplica el mínimo por descendiente)
Resultado de la declaración: a devolver {AMT} €  · Cuenta: {IBAN}
""",
    "memorando_interno": """
COMUNICACIÓN INTERNA
De: Dirección de Recursos Humanos
Para: Todo el personal
Asunto: Reconocimientos médicos
Os recordamos que los reconocimientos médicos anuales serán el {DATE} en la Sala de Formación.
Quien no pueda asistir debe avisar a {P1} (ext. 214) o escribir a {EMAIL1}.
La coordinación del turno de tarde la asumirá ese día {IN4}.
""",
    "normas_biblioteca": """
NORMAS DE LA SALA DE ESTUDIO
Mantenga el Silencio y ponga el Móvil en modo vibración.
No está permitido comer ni beber, salvo Agua en botella cerrada.
Los puestos no pueden reservarse: si se ausenta más de 30 minutos, deje libre su sitio.
El Personal de la Biblioteca podrá pedir el Carné de Lector en cualquier momento.
Horario de Exámenes: ampliado hasta las {TIME}.
""",
    "garantia_producto": """
CERTIFICADO DE GARANTÍA — Lavavajillas Serie Eco Plus
Este aparato tiene una garantía de tres años desde la fecha de compra.
La garantía no cubre los daños por cal, el uso indebido ni las reparaciones hechas por un Servicio
Técnico no autorizado.
Conserve el Ticket de Compra junto a este Certificado.
Modelo: {NUM}   Clase Energética: C
""",
    "programa_fiestas": """
FIESTAS PATRONALES EN HONOR DE SAN ROQUE Y NUESTRA SEÑORA DE LA ASUNCIÓN
Sábado 14 · {TIME} Pregón desde el Balcón Consistorial y Chupinazo
Domingo 15 · 12:00 Misa Mayor y Procesión · 23:30 Gran Verbena Popular
Lunes 16 · Día del Niño: Hinchables en la Plaza y Concurso de Disfraces
Martes 17 · Comida Popular de las Peñas y Toro de Fuego
La Comisión de Fiestas no se hace responsable de los accidentes.
""",
}
