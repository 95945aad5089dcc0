"""Modelos de documentos em português para o quarto conjunto de generalização multilingue.

Este módulo reúne listas de nomes, localidades, arruamentos, organizações e domínios de correio
eletrónico, e duas metades de modelos (`TUNE` e `HELD`) escritos de raiz em português europeu e
brasileiro: cartas, mensagens de correio eletrónico, formulários, documentos de recursos humanos,
médicos, jurídicos e notariais, escolares, de arrendamento e seguros, faturas, atas, exportações de
dados, conversas, publicações em redes sociais, notícias, necrologias, currículos, boletins,
classificados, guias de remessa, livros de registo e escalas de serviço, mais dois modelos negativos
(sem dados pessoais) em cada metade. Os nomes próprios e apelidos são listas compiladas à mão de nomes
correntes em Portugal, no Brasil, em Angola, em Moçambique, em Cabo Verde e na Guiné-Bissau e nas
maiores comunidades imigrantes destes países (nepalesa, bangladeshiana, indiana, chinesa, ucraniana,
romena, nipo-brasileira, sírio-libanesa, haitiana), do tipo registado como itens de nome próprio /
apelido no Wikidata (Wikidata: CC0 1.0); nenhum foi tirado do Faker nem de outra biblioteca de dados
falsos. As organizações e os domínios de correio são inventados.

English summary: Portuguese templates (European and Brazilian usage) for the fourth multilingual
generalization set, written natively in the language: a tune half and a held-out half of different
document kinds, each with two negative templates that contain no PII. The given and family names are
hand-compiled lists of names common in Portugal, Brazil, Angola, Mozambique, Cape Verde and
Guinea-Bissau and in their larger immigrant communities, of the kind recorded as Wikidata given-name /
family-name items (Wikidata: CC0 1.0); none comes from Faker or any fake-data library. Organisations
and mail domains are invented.
"""

GIVEN_F = [
    # Portugal
    "Adelaide", "Amália", "Leopoldina", "Palmira", "Cremilde", "Florbela", "Lucinda", "Belmira",
    "Etelvina", "Otília", "Olímpia", "Sandrina", "Susete", "Lígia", "Alzira", "Leocádia", "Bernardete",
    "Cidália", "Judite", "Leonilde", "Adília", "Zélia", "Ilda", "Rosinda", "Aldina", "Efigénia",
    "Eulália", "Adosinda", "Gertrudes", "Cândida", "Emília Augusta", "Lúcia Celeste",
    # Brasil
    "Raíssa", "Tainá", "Rayane", "Valdirene", "Gleice", "Edileusa", "Lucimara", "Vanderleia", "Daiane",
    "Francielle", "Thayná", "Maiara", "Joelma", "Rosilene", "Tatiane", "Iracema", "Nayara", "Dandara",
    "Jaciara", "Fabiana", "Júlia Vitória",
    # Angola, Moçambique, Cabo Verde
    "Nzinga", "Graciete", "Josina", "Ngueve", "Djanira", "Zenaida", "Nélia", "Edna", "Neusa",
    "Elisângela",
    # comunidades imigrantes
    "Priyanka", "Sarita", "Bimala", "Xiaomei", "Yanhong", "Taslima", "Rokeya", "Emiko", "Harumi",
    "Ludmila", "Jamile", "Kadi",
]

GIVEN_M = [
    # Portugal
    "Dinis", "Frederico", "Valter", "Élio", "Fausto", "Leopoldo", "Norberto", "Porfírio", "Sebastião",
    "Urbano", "Virgílio", "Arnaldo", "Bartolomeu", "Damião", "Abílio", "Alcides", "Aurélio", "Avelino",
    "Firmino", "Gervásio", "Hermenegildo", "Inácio", "Jacinto", "Laurindo", "Marcolino", "Olegário",
    "Quintino", "Cristóvão", "Leonel", "Gualter", "Hermínio", "Isidoro", "Jerónimo", "Justino",
    "Serafim", "Vitorino", "Cipriano", "Acácio", "Belarmino", "Estêvão", "Luciano Augusto",
    # Brasil
    "Cleiton", "Wesley", "Gilvan", "Rivaldo", "Adailton", "Josué", "Kauã", "Everaldo", "Valdemir",
    "Reginaldo", "Claudionor", "Juscelino", "Genivaldo", "Francinaldo", "Irineu", "Jurandir",
    "Ubiratan", "Tarcísio", "Ítalo", "Ícaro", "Fabrício", "Hamilton", "Tarcísio Augusto",
    # Angola, Moçambique, Cabo Verde, Guiné-Bissau
    "Adérito", "Zacarias", "Felisberto", "Bonifácio", "Kiluanje", "Malangatana", "Samora",
    "Aristides", "Onésimo", "Silvino", "Anacleto", "Emanuel Matias", "Umaro", "Sadjo", "Iancuba",
    "Aladje",
    # comunidades imigrantes
    "Bikash", "Santosh", "Rajesh", "Kamrul", "Mizanur", "Wenhao", "Weiming", "Takeshi", "Tadashi",
    "Noboru", "Jamil", "Nagib", "Salim", "Wilner", "Serhiy", "Dmytro", "Yuriy", "Cosmin", "Prakash",
]

FAMILY = [
    # Portugal
    "Queirós", "Barroso", "Falcão", "Henriques", "Jardim", "Leitão", "Saraiva", "Espínola", "Honorato",
    "Negrão", "Toscano", "Zagalo", "Caldeira", "Durão", "Fontes", "Lemos", "Natário", "Ramalho",
    "Sobral", "Tinoco", "Viegas", "Abreu", "Cabral", "Coutinho", "Domingues", "Góis", "Trindade",
    "Lobato", "Barreto", "Miranda", "Sardinha", "Bulhões", "Taveira", "Alvim", "Meneses", "Tenreiro",
    "Osório", "Carrilho", "Estrela", "Salgueiro", "Cotrim", "Dourado", "Serpa", "Mota", "Leal",
    "Couto", "Portela", "Galvão", "Xisto", "Guerreiro", "Pedrosa", "Fialho", "Rolim", "Mendonça",
    "Fragoso", "Figueira", "Ventura", "Castelo Branco", "da Paixão", "de Andrade", "da Silveira",
    # Brasil
    "Holanda", "Carvalhal", "Menezes", "Ressurreição", "Galvão",
    # Angola, Moçambique, Cabo Verde
    "Sakala", "Dembo", "Kalunga", "Chissano", "Tembe", "Chambal", "Rendall", "Cuamba", "Nhaca",
    "Zandamela", "Ubisse", "Tivane", "Chauque", "Mulungo", "Macamo", "Kapenda", "Ngonda", "Sapalo",
    "Samakuva", "Cumbana", "Sumbana", "Mahumane", "Mussa", "Valy", "Adamo",
    # comunidades imigrantes
    "Shrestha", "Tamang", "Magar", "Adhikari", "Bhandari", "Akter", "Miah", "Uddin", "Kobayashi",
    "Hayashi", "Matsumoto", "Inoue", "Maluf", "Jabour", "Feres", "Savchenko", "Hnatyuk", "Vasilescu",
]
FAMILY = list(dict.fromkeys(FAMILY))

CITIES = [
    # Portugal
    "Setúbal", "Viseu", "Aveiro", "Leiria", "Tomar", "Tavira", "Loulé", "Olhão", "Silves", "Estremoz",
    "Elvas", "Mirandela", "Lamego", "Tondela", "Fafe", "Barcelos", "Amarante", "Penafiel",
    "Torres Vedras", "Caldas da Rainha", "Póvoa de Varzim", "Vila Nova de Famalicão",
    "Oliveira de Azeméis", "Montemor-o-Novo", "Castelo de Vide", "Arcos de Valdevez", "Sever do Vouga",
    "Ponta Delgada", "Angra do Heroísmo", "Câmara de Lobos", "Vila Real de Santo António",
    "Paços de Ferreira", "Vila Franca de Xira",
    # Brasil
    "Campina Grande", "Feira de Santana", "Juiz de Fora", "Ribeirão Preto", "Florianópolis", "Maceió",
    "Teresina", "Pelotas", "Joinville", "Mossoró", "Caxias do Sul",
    # Angola, Moçambique, Cabo Verde
    "Huambo", "Lubango", "Benguela", "Malanje", "Nampula", "Quelimane", "Chimoio", "Inhambane",
    "Assomada", "Espargos",
]

STREETS = [
    "Rua de Santa Catarina", "Avenida da República", "Rua Cândido dos Reis", "Travessa do Carregal",
    "Rua 25 de Abril", "Avenida 5 de Outubro", "Rua Miguel Bombarda", "Rua das Fontaínhas",
    "Calçada do Combro", "Praceta das Camélias", "Rua Direita", "Estrada Nacional 125",
    "Avenida dos Combatentes da Grande Guerra", "Rua do Comércio", "Alameda das Linhas de Torres",
    "Rua Conde de Vizela", "Rua da Liberdade", "Praça da Galiza", "Avenida Infante Dom Henrique",
    "Rua Padre António Vieira", "Rua Engenheiro Duarte Pacheco", "Travessa dos Ferreiros",
    "Rua do Vale Formoso de Cima", "Rua das Amoreiras", "Avenida Marginal", "Rua Dr. Manuel de Arriaga",
    "Urbanização Quinta do Moinho, Lote 7", "Rua da Escola Primária",
]

ORGS = [
    # empresas com forma jurídica
    "Transportes Vale do Sorraia, Lda.", "Construções Pedra Alta, S.A.", "Nortenha Logística, Unipessoal Lda.",
    "Tecnoribeira Sistemas, Lda.", "Solmar Energia, S.A.", "Seguros Âncora Mútua, S.A.",
    "Calheiros & Brandoa, Sociedade de Advogados, SP, RL", "Metalúrgica Ribaforte, S.A.",
    "Construtora Horizonte Azul Ltda.", "Transportadora Rota Sul Ltda.", "Kianda Serviços, Lda.",
    # lojas, consultórios, clínicas
    "Farmácia Nova Esperança", "Clínica Dentária Sorriso Atlântico", "Mercearia Bom Sabor",
    "Pastelaria Doce Encanto", "Imobiliária Casa Certa", "Padaria Trigo Dourado", "Ótica Olhar Claro",
    "Clínica Vida Plena", "Oficina Auto-Motor Sereno",
    # escolas, associações, clubes
    "Agrupamento de Escolas Quinta das Palmeiras", "Colégio Pequeno Príncipe",
    "Instituto Superior Atlântico de Gestão", "Associação Cultural e Recreativa Os Amigos do Moinho",
    "Grupo Desportivo Águias do Vale", "Sport Clube Marítimo da Ribeira",
    "Associação de Moradores do Bairro Esperança",
    # organismos públicos, fundações, hospitais, cooperativas
    "Junta de Freguesia de Vale Formoso", "Câmara Municipal de Monte Claro",
    "Prefeitura Municipal de Serra Dourada", "Fundação Horizonte Lusitano",
    "Hospital Particular Atlântida", "Centro de Saúde de Alto Mirante", "Unidade Local de Saúde do Baixo Sado",
    "Cooperativa Agrícola do Vale Verde, CRL", "Adega Cooperativa de Serra Morena, CRL",
    "Cooperativa de Pescadores Maré Alta",
    # marcas
    "Lumina", "Voltix", "Zarpa", "Maresia", "Quintal Verde", "Ondaviva", "Mukanda Editores",
]

MAIL_DOMAINS = [
    "mensageiro-luso.pt", "ventonorte.pt", "cartaviva.com.br", "kiandanet.ao", "marazul-mail.cv",
    "correio-fluvial.pt", "ninhodemail.com", "caixadoteu.net",
]

TUNE = {}
HELD = {}

# =====================================================================================================
# TUNE
# =====================================================================================================

TUNE["carta_reclamacao_agua"] = """
{P1}
{ADDR}
NIF {PTNIF}

Exmos. Senhores
{ORG}
Serviço de Apoio ao Cliente
{ADDR2}

{CITY}, {DATE}

Assunto: Reclamação da fatura n.º {NUM} — consumo anómalo

Exmos. Senhores,

Na qualidade de titular do contrato de fornecimento de água relativo à morada acima indicada, venho
por este meio contestar o valor de {AMT} € constante da fatura em epígrafe, emitida em {DATE2}.

O contador foi substituído pelo vosso técnico, o Sr. {P2}, que na altura me garantiu que a leitura
anterior seria corrigida. Até à presente data, porém, nenhuma correção foi feita e as minhas chamadas
para a linha {PHONE} ficaram sem resposta.

Solicito, assim, a revisão da fatura e a devolução do montante cobrado em excesso, por transferência
para o IBAN {IBAN}, de que sou titular.

Sem outro assunto de momento, subscrevo-me com os melhores cumprimentos,

{P1}
{EMAIL1}
"""

TUNE["email_visita_fabrica"] = """
De: {P3} <{EMAIL3}>
Enviado: {DATE} {TIME}
Para: {P2} <{EMAIL2}>
Cc: {P4} <{EMAIL4}>
Assunto: RE: Visita às instalações de {CITY}

Bom dia, Sr. Eng.º {L2},

Confirmo a nossa visita às instalações da empresa no dia {DATE2}, às {TIME}. Ficaremos alojados em
{CITY} e seguiremos de carro para a fábrica logo de manhã.

Da nossa parte estarão presentes eu e o meu colega {P4}, responsável pela manutenção. O {F4} pediu-me
para confirmar se é possível ver a linha de embalamento em funcionamento e falar com o chefe de turno.

Caso haja alguma alteração, pode contactar-me diretamente pelo {PHONE}.

Com os melhores cumprimentos,

{P3}
Diretora de Compras
{ORG2}
{ADDR}
"""

TUNE["fio_email_condominio"] = """
Assunto: Re: Re: Infiltração na garagem

Olá {F2},

Obrigada pela rapidez. Já falei com a {IN3} do 2.º esquerdo e ela também autoriza a entrada do
canalizador. Fica combinado para {DATE}, a partir das {TIME}.

Beijinhos,
{F1}

Em {DATE2}, {P2} <{EMAIL2}> escreveu:
> Cara {F1},
>
> Na qualidade de administrador do condomínio, já pedi orçamento a {ORG}.
> O técnico, Sr. {P4}, precisa de acesso à sua fração e à da D. {L3}.
> Diga-me que dia lhe dá mais jeito.
>
> Cumprimentos,
> {P2}
> Administração do Condomínio — {ADDR}
>
>> Em {DATE2}, {P1} <{EMAIL1}> escreveu:
>> Boa tarde,
>> Há duas semanas que cai água do teto no meu lugar de garagem (n.º 14).
>> Podem verificar com urgência? O meu telemóvel é o {PHONE}.
>> {P1}
"""

TUNE["ficha_inscricao_ginasio"] = """
{ORG}
FICHA DE INSCRIÇÃO DE SÓCIO                                  N.º {NUM}

Nome completo ...................... {PX1}
Data de nascimento ................. {DOB}
NIF ................................ {PTNIF}
Morada ............................. {ADDR}
Telemóvel .......................... {PHONE}
E-mail ............................. {EMAIL1}

Contacto em caso de emergência
   Nome ............................ {P2}
   Grau de parentesco .............. cônjuge
   Telefone ........................ {PHONE2}

Modalidade:   [X] Musculação   [ ] Hidroginástica   [X] Pilates   [ ] Natação
Pagamento:    [ ] Numerário    [X] Débito direto — IBAN {IBAN}

Declaro que tomei conhecimento do Regulamento Interno e que não tenho contraindicações médicas
para a prática de exercício físico.

{CITY}, {DATE}                         Assinatura: ______________________

A preencher pelos serviços:  inscrição validada por {IN3}
"""

TUNE["contrato_trabalho_termo"] = """
CONTRATO DE TRABALHO A TERMO CERTO

Entre:

PRIMEIRA OUTORGANTE: {ORG}, com sede na {ADDR}, matriculada na Conservatória do Registo Comercial
de {CITY}, neste ato representada pela sua gerente, {P3}, adiante designada por Empregadora;

e

SEGUNDO OUTORGANTE: {PX2}, nascido em {DOB}, contribuinte n.º {PTNIF}, residente na {ADDR2},
adiante designado por Trabalhador;

é celebrado o presente contrato de trabalho, que se rege pelas cláusulas seguintes:

Cláusula 1.ª — O Trabalhador é admitido para exercer as funções de operador de armazém, nas
instalações da Empregadora em {CITY2}.

Cláusula 2.ª — O contrato tem início em {DATE} e a duração de seis meses, fundamentando-se o termo
no acréscimo excecional de atividade decorrente de nova encomenda.

Cláusula 3.ª — O período normal de trabalho é de quarenta horas semanais, de segunda a sexta-feira,
com início às {TIME}.

Cláusula 4.ª — A retribuição base mensal ilíquida é de {AMT} €, paga por transferência bancária
para o IBAN {IBAN}, acrescida de subsídio de refeição.

Cláusula 5.ª — O período experimental é de quinze dias.

Feito em duplicado, em {CITY}, a {DATE2}, ficando cada parte com um exemplar.

A Empregadora                               O Trabalhador

_________________________                   _________________________
({P3})                                      ({P2})
"""

TUNE["recibo_vencimento"] = """
{ORG}
{ADDR}
                                                        RECIBO DE VENCIMENTO
Período: {DATE} a {DATE2}                               Original

Funcionária: {PU1}                                      N.º func.: {NUM}
NIF: {PTNIF}                                            Categoria: Técnica Administrativa
Antiguidade: 4 anos                                     Departamento: Contabilidade
IBAN: {IBAN}

Cód.  Descrição                        Qtd.        Abonos     Descontos
----  -------------------------------  ------  ----------  ------------
 001  Vencimento base                   30,00       {AMT}
 012  Subsídio de alimentação           21,00      126,00
 020  Trabalho suplementar              4,00        52,80
 210  Segurança Social (11%)                                   ver total
 220  IRS (taxa 11,6%)                                         ver total

Total líquido a receber: transferido para a conta acima indicada

Processado por: {IN3} — Recursos Humanos
Declaro que recebi a quantia constante deste recibo.   {P1}
"""

TUNE["referenciacao_ortopedia"] = """
Unidade de Saúde Familiar — {ORG}
Cuidados de Saúde Primários

PEDIDO DE PRIMEIRA CONSULTA DE ESPECIALIDADE HOSPITALAR
Especialidade: Ortopedia                      Prioridade: Normal
Hospital de destino: {ORG2}

Utente: {P1}
Data de nascimento: {DOB}                      Sexo: F
Morada: {ADDR}
Contacto: {PHONE}

Informação clínica:
Utente com gonalgia direita de ritmo mecânico, com cerca de um ano de evolução e agravamento nos
últimos três meses, com limitação na marcha e dificuldade em subir escadas. Radiografia do joelho
realizada em {DATE} com redução da interlinha articular interna e osteófitos marginais.
Sem melhoria após dois ciclos de fisioterapia e anti-inflamatórios em SOS.

Antecedentes: hipertensão arterial medicada; alergia à penicilina.
Medicação habitual: perindopril 5 mg id; paracetamol 1 g em SOS.

Solicito avaliação e orientação terapêutica. Agradeço desde já a atenção dispensada à D. {L1}.

Médico requisitante: Dr. {P2}
{CITY}, {DATE2}
"""

TUNE["receita_medica"] = """
RECEITA MÉDICA                                             Receita n.º {NUM}
Local de prescrição: {ORG}, {CITY}

Utente: {PX3}
Data de nascimento: {DOB}
Entidade responsável: SNS

Rp.
1. Amoxicilina + Ácido clavulânico 875 mg + 125 mg, comprimido revestido — 16 unid.
   Posologia: 1 comprimido de 12 em 12 horas, durante 8 dias.
2. Paracetamol 1000 mg, comprimido — 20 unid.
   Posologia: 1 comprimido até 3 vezes por dia, se dor ou febre.
3. Ibuprofeno 400 mg, comprimido revestido — 20 unid.
   Posologia: 1 comprimido às refeições, se necessário, no máximo 5 dias.

Médica: Dra. {IN1}
Contacto do prescritor: {PHONE}
Data: {DATE}                 Válida até: {DATE2}
"""

TUNE["procuracao_venda"] = """
PROCURAÇÃO

{PX1}, divorciada, contribuinte fiscal n.º {PTNIF}, natural de {CITY}, residente na {ADDR},

constitui seu bastante procurador {PX2}, casado, residente na {ADDR2}, a quem confere os poderes
necessários para, em seu nome e representação:

a) Vender, pelo preço e condições que entender convenientes, a fração autónoma designada pela letra
   "C" do prédio urbano sito em {CITY2}, descrito na Conservatória do Registo Predial sob o n.º {NUM};
b) Receber o preço e dar quitação;
c) Outorgar e assinar a respetiva escritura pública ou documento particular autenticado;
d) Requerer quaisquer atos de registo e representá-la perante o Serviço de Finanças competente.

{CITY}, {DATE}

A Mandante,

_____________________________
({P1})

Reconhecimento presencial da assinatura efetuado por {P3}, advogada, com escritório em {CITY2},
registado na plataforma própria em {DATE}.
"""

TUNE["auto_denuncia_psp"] = """
ESQUADRA DE POLÍCIA DE {CITY}
Piquete — atendimento ao público

AUTO DE DENÚNCIA                                                NUIPC {NUM}

Aos {DATE}, pelas {TIME}, nesta Esquadra, compareceu:

DENUNCIANTE
   Nome ............. {P4}
   Data de nasc. .... {DOB}
   NIF .............. {PTNIF}
   Residência ....... {ADDR}
   Telefone ......... {PHONE}

o qual declarou o seguinte:
Que, na noite anterior, ao regressar a casa, verificou que a viatura de sua propriedade, estacionada
em frente ao prédio sito na {ADDR2}, tinha o vidro traseiro partido e que do seu interior tinham sido
retirados um computador portátil e uma mochila com documentos.
Que um vizinho, o Sr. {P2}, lhe referiu ter visto dois indivíduos junto à viatura, por volta das duas
da manhã, sem que os conseguisse identificar.
Valor estimado dos bens subtraídos: {AMT} €.

O denunciante deseja procedimento criminal.

Lido e achado conforme, vai ser devidamente assinado.

O Denunciante                               O Agente autuante
{P4}                                        Agente Principal {IN3}
"""

TUNE["registo_avaliacao_periodo"] = """
{ORG}
REGISTO DE AVALIAÇÃO — 2.º PERÍODO — ANO LETIVO {YEAR}

Aluna: {PI1}                                   N.º 12       Turma: 7.º B
Diretor de turma: Prof. {P4}

Disciplina                      Nível     Faltas injust.
------------------------------  -----     --------------
Português                         4            0
Inglês                            5            0
Francês                           3            1
História                          4            0
Geografia                         3            0
Matemática                        2            2
Ciências Naturais                 3            0
Físico-Química                    3            0
Educação Visual                   5            0
Educação Física                   4            0
Cidadania e Desenvolvimento     Satisfaz

Apreciação global:
A {F1} revela empenho e boa relação com os colegas, mas deve reforçar o estudo a Matemática.
Recomenda-se a frequência do apoio ao estudo, às {TIME}, com a professora {IN3}.

Tomei conhecimento.
Encarregado de educação: {P2}                     Data: {DATE}
"""

TUNE["contrato_arrendamento"] = """
CONTRATO DE ARRENDAMENTO PARA HABITAÇÃO COM PRAZO CERTO

SENHORIO: {P4}, NIF {PTNIF}, residente na {ADDR2}.
ARRENDATÁRIA: {P1}, com o endereço eletrónico {EMAIL1} e o telemóvel {PHONE}.
FIADOR: {P2}, residente em {CITY2}.

PRIMEIRA — O Senhorio dá de arrendamento à Arrendatária o andar sito na {ADDR}, destinado a
habitação própria e permanente, com a licença de utilização emitida pela câmara municipal.

SEGUNDA — O arrendamento tem início em {DATE} e é celebrado pelo prazo de três anos, renovando-se
automaticamente por períodos sucessivos de igual duração, salvo oposição de qualquer das partes.

TERCEIRA — A renda mensal é de {AMT} €, a pagar até ao dia 8 do mês anterior àquele a que respeitar,
por transferência para o IBAN {IBAN}.

QUARTA — O Fiador, {L2}, responsabiliza-se solidariamente com a Arrendatária pelo pagamento das
rendas e pelo cumprimento das demais obrigações deste contrato.

QUINTA — É proibido sublocar ou ceder, total ou parcialmente, o locado sem autorização escrita do
Senhorio.

SEXTA — As despesas de condomínio são da responsabilidade do Senhorio.

Feito em {CITY}, a {DATE2}, em três exemplares.

O Senhorio                 A Arrendatária                 O Fiador
____________               ______________                 ____________
"""

TUNE["fatura_recibo_canalizador"] = """
{ORG}
{ADDR}
Tel. {PHONE}

FATURA-RECIBO  FR A/{NUM}                                   Original
Data de emissão: {DATE}

Cliente: {P2}
NIF: {PTNIF}
Morada: {ADDR2}

Descrição                              Qtd.   Preço unit.    IVA      Total
Revisão anual de caldeira mural          1        65,00       23%      65,00
Substituição de termopar                 1        18,50       23%      18,50
Deslocação                               1        15,00       23%      15,00
                                                   Total ilíquido:      98,50
                                                   IVA 23%:             22,66
                                                   Total a pagar:      121,16 €

Forma de pagamento: numerário
Técnico: {IN4}
Atendimento: {P3} — {EMAIL3}

ATCUD: JJ3K2M-145  ·  Processado por programa certificado n.º 0000/AT
Obrigado pela preferência!
"""

TUNE["ata_assembleia_condominos"] = """
ATA N.º 27
ASSEMBLEIA GERAL ORDINÁRIA DE CONDÓMINOS
Edifício sito na {ADDR}

Aos {DATE}, pelas {TIME}, reuniu na sala do condomínio, em segunda convocatória, a assembleia de
condóminos do prédio acima identificado, estando presentes ou representados os seguintes condóminos:

   Fração A — {PC1} (presente)
   Fração B — {PC2} (representado por {P4}, conforme procuração)
   Fração D — {PC3} (presente)
   Fração F — {ORG} (representada pelo seu gerente)

Ausentes: frações C e E.

Presidiu à reunião a condómina {P1}, secretariada por {P3}.

Ponto um — Aprovação das contas do exercício de {YEAR}: aprovadas por unanimidade.

Ponto dois — Orçamento e quotas: foi aprovado o orçamento proposto, ficando a quota mensal de cada
fração fixada em {AMT} €.

Ponto três — Obras na cobertura: o Sr. {L4} apresentou três orçamentos, tendo sido escolhido, com o
voto contra da fração B, o da empresa {ORG2}. As obras deverão começar até {DATE2}.

Ponto quatro — Eleição da administração: foi eleita, por unanimidade, a D. {L3}.

Nada mais havendo a tratar, foi encerrada a reunião, da qual se lavrou a presente ata, que vai ser
assinada pela presidente e pela secretária.

A Presidente da Mesa                    A Secretária
{P1}                                    {P3}
"""

TUNE["csv_socios_associacao"] = """
n_socio;apelido;nome;data_adesao;nif;telemovel;email;localidade;quota_paga
1024;{L1};{F1};{DATE};{PTNIF};{PHONE};{EMAIL1};{CITY};sim
1025;{L2};{F2};{DATE2};;{PHONE2};{EMAIL2};{CITY2};não
1031;{L3};{F3};{DATE};;;{EMAIL3};{CITY};sim
1040;{L4};{F4};{DATE2};;;{EMAIL4};{CITY2};sim
"""

TUNE["whatsapp_familia"] = """
{DATE}, 09:12 - {P1}: Bom dia família ☀️ Lembrem-se que o almoço dos 80 anos da avó é em casa da tia {F3}
{DATE}, 09:15 - {F2}: Sim sim, eu levo o bolo. Alguém leva as velas?
{DATE}, 09:16 - {P3}: Eu tenho cá velas! Cheguem a partir do meio-dia, a morada é {ADDR}
{DATE}, 09:20 - {P4}: Nós só conseguimos chegar às {TIME}, o {F2} pode dar boleia à avó?
{DATE}, 09:21 - {F2}: Posso. {F1} manda-me o número do lar que eu ligo a avisar
{DATE}, 09:23 - {P1}: {PHONE} — pergunta pela enfermeira-chefe
{DATE}, 09:23 - {P1}: <Multimédia omitida>
{DATE}, 09:30 - {P3}: 😂😂 que foto linda
{DATE}, 09:41 - {F2}: Liguei, está tudo combinado 👍
{DATE}, 10:02 - {P4}: Obrigado {F2}! Até logo a todos
"""

TUNE["ticket_area_cliente"] = """
Pedido #{NUM}                                         Estado: Em curso
Assunto: Não consigo aceder à área de cliente
Criado por: {P3} <{EMAIL3}>                            Prioridade: Média
Atribuído a: {P2} (Suporte de 1.ª linha)
Criado em: {DATE} {TIME}
Conta associada: {ORG}

--- {P3} escreveu:
Boa tarde. Desde a atualização da aplicação não consigo entrar na área de cliente, aparece
"credenciais inválidas" mesmo depois de repor a palavra-passe. O NIF associado é {PTNIF}.
Podem ligar-me para o {PHONE} entre as 14h e as 18h.

--- {P2} respondeu:
Olá {F3}, obrigado pelo contacto. Já reencaminhei o seu caso para o colega {IN4}, da equipa de
sistemas, que vai verificar o bloqueio da conta. Entretanto, experimente limpar a cache do browser.

--- Nota interna ({fl2}):
@{fl4} consegues ver os registos de login dela? Parece bloqueio por tentativas falhadas.

--- {P4} respondeu:
Cara Sr.ª {L3}, a conta estava bloqueada por excesso de tentativas. Já foi desbloqueada.
Pedimos desculpa pelo incómodo.
"""

TUNE["facebook_grupo_bairro"] = """
Grupo público · Vizinhos de {CITY}

{P1} · {DATE}
Alguém me recomenda um eletricista de confiança aqui na zona? Já liguei para três e ninguém atende 😩

   {P2}
   Experimente o Sr. {L4}, fez a instalação cá em casa e ficou impecável. O número dele é {PHONE}
   Gosto · Responder · 2 h

      {P3}
      Também recomendo o {F4}! Muito sério e não cobra deslocação.
      Gosto · Responder · 1 h

   {P1}
   Obrigada {F2} e {F3}, vou ligar-lhe já ❤️
   Gosto · Responder · 58 min

   {P4}
   Bom dia, sou eu 😄 Mande mensagem privada para combinarmos. Cumprimentos a todos.
   Gosto · Responder · 40 min
"""

TUNE["noticia_idosa_resgatada"] = """
SOCIEDADE

Idosa resgatada após três dias caída em casa

Por {P4}

Uma mulher de 87 anos foi resgatada na manhã de {DATE} pelos bombeiros voluntários de {CITY}, depois
de ter passado três dias caída no chão da cozinha da sua habitação, na {ADDR}.

O alerta foi dado por uma vizinha, {P3}, que estranhou a ausência da idosa no café do bairro. "Ela vem
sempre tomar a bica às {TIME}. Quando vi as persianas fechadas três dias seguidos, chamei logo a
polícia", contou {L3} ao nosso jornal.

A vítima, {P1}, estava consciente mas desidratada, e foi transportada de ambulância para o hospital de {CITY2}, onde
permanece internada em observação. Segundo fonte hospitalar, não corre perigo de vida.

O presidente da junta de freguesia, {P2}, lembrou que existe um programa de teleassistência para
idosos que vivem sozinhos. "Temos ainda muitas pessoas que não conhecem o serviço", admitiu
{L2}, apelando a que os familiares contactem a junta pelo {PHONE}.
"""

TUNE["participacao_falecimento"] = """
                                   †

                       PARTICIPAÇÃO DE FALECIMENTO

                              {PX1}
                         {DOB} – {DATE}

Seu marido, {P2}, seus filhos, {P3} e {P4}, netos e demais família cumprem o doloroso dever de
participar o falecimento da sua ente querida, e informam que o funeral se realiza no dia {DATE2},
pelas {TIME}, da capela mortuária de {CITY} para o cemitério local, após missa de corpo presente.

A família agradece, desde já, a todas as pessoas que se dignarem acompanhar a saudosa {F1} à sua
última morada, bem como à equipa de cuidados paliativos que a acompanhou nos últimos meses.

Agência Funerária: {ORG} — {PHONE}
"""

TUNE["curriculo_rh"] = """
{PX3}
{ADDR}  ·  {PHONE}  ·  {EMAIL3}
Data de nascimento: {DOB}  ·  CPF: {CPF}

OBJETIVO
Atuar como analista de recursos humanos, com foco em recrutamento e seleção e desenvolvimento de
pessoas.

FORMAÇÃO ACADÊMICA
Bacharelado em Psicologia — {ORG}, {CITY} — conclusão em {YEAR}
Pós-graduação em Gestão de Pessoas (em curso)

EXPERIÊNCIA PROFISSIONAL
{ORG2} — {CITY2}
Assistente de RH | {DATE} – atual
• Condução de processos seletivos para as áreas operacional e administrativa;
• Integração de novos colaboradores e controle de ponto;
• Apoio na pesquisa de clima organizacional.

IDIOMAS
Inglês intermediário · Espanhol básico

REFERÊNCIAS
{P2} — Gerente de RH, {ORG2} — {PHONE2}
Prof. {P4} — orientador do estágio — {EMAIL4}
"""

TUNE["boletim_clube_atletismo"] = """
BOLETIM INFORMATIVO N.º 14
{ORG} — Secção de Atletismo

Caros sócios e atletas,

Foi um mês em cheio! No Grande Prémio de {CITY}, disputado a {DATE}, a nossa atleta {P1} venceu o
escalão de veteranas com um tempo de 38 minutos, e o {P2} foi terceiro nos juniores, depois de uma
recuperação espetacular na última volta. Parabéns também à {F3}, que bateu o recorde do clube nos
400 metros, e ao treinador {IN4} pelo excelente trabalho com os mais novos.

AGENDA
• {DATE2} — Corta-mato distrital em {CITY2}. Partida do autocarro às {TIME}, junto à sede.
• Jantar de aniversário da secção: inscrições com a {F1} até ao final do mês.

QUOTAS
Relembramos que as quotas podem ser pagas na sede ou por transferência para o IBAN {IBAN}.

Contacto do seccionista: {P4} — {PHONE}

Saudações desportivas,
A Direção
"""

TUNE["registo_visitantes_portaria"] = """
LIVRO DE REGISTO DE VISITANTES — PORTARIA
{ORG} · {ADDR}
Data: {DATE}                                   Posto: Portaria principal

| Entrada | Nome do visitante | Empresa        | Visita a        | Cartão | Saída | Rubrica |
|---------|-------------------|----------------|-----------------|--------|-------|---------|
| {TIME}  | {P2}              | {ORG2}         | Eng.ª {L1}      | V-03   | 10:40 | ✓       |
| 09:15   | {PU3}             | particular     | Recursos Humanos| V-07   | 09:50 | ✓       |
| 11:02   | {IN4}             | manutenção     | Armazém         | V-01   | 12:30 | ✓       |
| 14:20   | {IN2}             | {ORG2}         | Direção         | V-03   |       |         |

Observações: o visitante do cartão V-03 da manhã deixou o telemóvel {PHONE} para contacto.
"""

TUNE["escala_turnos_enfermagem"] = """
ESCALA DE TURNOS — SERVIÇO DE URGÊNCIA — ENFERMAGEM
{ORG}
Semana de {DATE} a {DATE2}

Enfermeiro(a)                  Seg  Ter  Qua  Qui  Sex  Sáb  Dom
-----------------------------  ---  ---  ---  ---  ---  ---  ---
{PI1}                           M    M    T    T    F    F    N
{PI2}                           T    T    N    N    F    M    M
{PI3}                           N    F    F    M    M    T    T
{PI4}                           F    N    M    F    T    T    F

Legenda: M manhã (08h–16h) · T tarde (16h–24h) · N noite (00h–08h) · F folga

As trocas de turno devem ser pedidas por escrito à Enf.ª Chefe {P3} com 48 horas de antecedência.
Em caso de falta imprevista, contactar a chefia de serviço pelo {PHONE} antes das {TIME}.
Enf.º {L2}: formação obrigatória em suporte avançado de vida na quinta-feira (turno da manhã).
"""

TUNE["classificados_jornal"] = """
CLASSIFICADOS

VENDE-SE apartamento T2 em {CITY}, 2.º andar com elevador, cozinha equipada, lugar de garagem.
Tratar com {P2}, tlm. {PHONE}.

PRECISA-SE de empregada de mesa para restaurante em {CITY2}, horário rotativo. Enviar currículo
para {EMAIL1}, ao cuidado de {P1}.

EXPLICAÇÕES de Matemática e Físico-Química, 3.º ciclo e secundário. Prof.ª {IN3}, {PHONE2}.

ALUGA-SE quarto a estudante, perto da escola superior, com despesas incluídas. Sr. {L4},
contactar depois das {TIME}.

VENDE-SE trator agrícola com alfaias, bom estado. {ORG}, {ADDR}.
"""

TUNE["assento_casamento"] = """
CONSERVATÓRIA DO REGISTO CIVIL DE {CITY}

ASSENTO DE CASAMENTO N.º {NUM}                                 Ano de {YEAR}

Aos {DATE}, nesta Conservatória, perante mim, Conservadora, compareceram os nubentes:

{PX2}, nascido a {DOB}, natural de {CITY2}, solteiro, residente na {ADDR};

e

{PX1}, de trinta e quatro anos de idade, natural de {CITY}, divorciada, residente na {ADDR2};

os quais declararam, na presença das testemunhas {P3} e {P4}, ambos maiores, que livremente
contraem casamento um com o outro, sem convenção antenupcial.

Os cônjuges adotam os seguintes nomes: o marido, {P2}; a mulher, {P1}.

Este assento, depois de lido e conferido, vai ser assinado pelos cônjuges, pelas testemunhas e por
mim.
"""

TUNE["aviso_entrega_encomenda"] = """
GUIA DE ENTREGA / AVISO DE PASSAGEM
{ORG}

Encomenda n.º {NUM}
Destinatária: {P3}
Morada de entrega: {ADDR}
Contacto: {PHONE}

Remetente: {ORG2}
Peso: 2,4 kg          Volumes: 1          Serviço: Entrega em 24 horas

Tentativa de entrega: {DATE}, às {TIME}
[ ] Entregue ao destinatário
[ ] Entregue a terceiro — nome: ______________________
[X] Destinatário ausente — aviso deixado na caixa do correio

A sua encomenda ficará disponível para levantamento durante 10 dias úteis no ponto de recolha
mais próximo ({ADDR2}). Para reagendar, responda ao e-mail enviado para {EMAIL3}.

Estafeta: {IN2}
"""

TUNE["neg_receita_arroz_doce"] = """
ARROZ DOCE À MODA ANTIGA
Doses: 6 pessoas  |  Tempo: 50 minutos  |  Dificuldade: Fácil

INGREDIENTES
- 250 g de Arroz Carolino
- 1 litro de Leite Gordo
- 200 g de açúcar
- 1 casca de limão
- 1 pau de canela
- 4 gemas
- Canela em pó q.b.

PREPARAÇÃO
1. Coza o arroz em água com uma pitada de sal durante 5 minutos. Escorra bem.
2. Leve o leite ao lume com a casca de limão e o pau de canela. Quando ferver, junte o arroz.
3. Mexa de vez em quando, em lume brando, até o arroz ficar cremoso (cerca de 25 minutos).
4. Retire do lume, junte o açúcar e deixe arrefecer um pouco.
5. Incorpore as gemas uma a uma, mexendo sempre, e volte a aquecer sem deixar ferver.
6. Distribua por taças e polvilhe com Canela em Pó.

Dica do Chef: Na Bimby, programe 40 min / 90 °C / Colher Inversa / Velocidade 1.
Conserve no Frigorífico até 3 dias. Bom Apetite!
"""

TUNE["neg_aviso_linha_amarela"] = """
INFORMAÇÃO AO PÚBLICO
Alteração de Serviço — Linha Amarela

Devido a Trabalhos de Renovação da Via, a circulação entre o Terminal Norte e a estação Hospital
será efetuada por Autocarros de Substituição aos sábados, domingos e feriados do próximo mês.

• Siga a sinalização "Serviço Alternativo" à saída das estações.
• Valide sempre o seu Título de Transporte antes de embarcar.
• Os Passes Mensais e os bilhetes Zapping continuam válidos nos autocarros de substituição.
• Clientes com Mobilidade Reduzida: dirija-se ao Balcão de Atendimento ou utilize o Botão de
  Ajuda junto aos Elevadores.

Consulte os horários atualizados na Aplicação Móvel ou nos Painéis Informativos das estações.

Pedimos desculpa pelo incómodo.
A Administração
"""

# =====================================================================================================
# HELD
# =====================================================================================================

HELD["carta_pais_visita_estudo"] = """
{ORG}
Escola Básica do 1.º Ciclo

Exmo.(a) Senhor(a) Encarregado(a) de Educação,

Informamos que no dia {DATE} se realizará uma visita de estudo ao museu de ciência de {CITY}, no
âmbito do projeto "Pequenos Cientistas", destinada aos alunos do 4.º ano.

A partida será às {TIME}, junto ao portão principal, e o regresso está previsto para o final da tarde.
Cada aluno deverá levar lanche, água e boné. O custo da visita (transporte e entrada) é de {AMT} €,
a entregar à professora titular, {P3}, até {DATE2}, juntamente com a autorização abaixo.

Com os melhores cumprimentos,

A Coordenadora de Estabelecimento
{P1}

- - - - - - - - - - - - - - - - - - - -  recortar  - - - - - - - - - - - - - - - - - - - -

AUTORIZAÇÃO

Eu, {P4}, encarregado de educação do aluno {P2}, do 4.º ano, turma A, autorizo o meu educando a
participar na visita de estudo acima referida.

Contacto em caso de necessidade: {PHONE}

Assinatura: ___________________________          Data: ____/____/______
"""

HELD["email_boas_vindas_rh"] = """
De: {P3} <{EMAIL3}>
Enviado em: {DATE} {TIME}
Para: {P4} <{EMAIL4}>
Cc: {P2} <{EMAIL2}>
Assunto: Boas-vindas e primeiro dia na empresa

Olá, {F4}, tudo bem?

Seja muito bem-vindo ao time! Seu primeiro dia será {DATE2}, e pedimos que chegue às {TIME} na
recepção do nosso escritório: {ADDR}.

Para agilizar o cadastro, envie até o fim da semana os documentos abaixo:
• RG e comprovante de CPF (o número {CPF} já consta no sistema, confira se está correto);
• comprovante de residência atualizado;
• carteira de trabalho digital;
• dados bancários para depósito do salário.

Seu gestor direto será o {P2}, coordenador de logística, e a {P1} vai ser sua "madrinha" nas primeiras
semanas, ajudando com sistemas, crachá e tudo mais. O {F2} já reservou uma mesa para você no segundo
andar.

Qualquer dúvida, me chama no {PHONE}.

Abraços,
{P3}
Analista de Gente & Gestão | {ORG}
"""

HELD["fio_email_sinistro_auto"] = """
Assunto: RE: Participação de sinistro automóvel — apólice {NUM}

Exma. Senhora D. {P1},

Acusamos a receção da documentação enviada, que se encontra completa. O perito averiguador, Sr. {P4},
irá contactá-la nos próximos dias para agendar a peritagem da viatura na oficina {ORG2}.
Informamos que a responsabilidade será apurada com base na declaração amigável assinada por ambos os
condutores.

Com os melhores cumprimentos,

{IN3}
Gestora de Sinistros
{ORG}
Linha de apoio: {PHONE2}

-----Mensagem original-----
De: {P1} <{EMAIL1}>
Enviada: {DATE} {TIME}
Para: Sinistros Automóvel <{EMAIL3}>
Assunto: Participação de sinistro automóvel — apólice {NUM}

Boa tarde,

Envio em anexo a declaração amigável preenchida por mim e pelo condutor do outro veículo, o
Sr. {P2}, bem como as fotografias dos danos. O acidente ocorreu em {DATE2}, na {ADDR}, quando o
outro veículo embateu na traseira do meu, parado no semáforo.

O meu NIF é {PTNIF} e podem contactar-me pelo {PHONE}.

Obrigada,
{P1}
"""

HELD["requerimento_ocupacao_via"] = """
EXMO. SENHOR PRESIDENTE DA CÂMARA MUNICIPAL DE {CITY}

REQUERIMENTO — LICENÇA DE OCUPAÇÃO DA VIA PÚBLICA

Requerente: {P2}                          NIF: {PTNIF}
Morada: {ADDR}
Telefone: {PHONE}                         E-mail: {EMAIL2}
Na qualidade de:  [X] proprietário   [ ] arrendatário   [ ] outro: __________

Local da ocupação: {ADDR2}
Fim: colocação de andaime e contentor para obras de reabilitação da fachada
Período: de {DATE} a {DATE2}              Área a ocupar: 12 m²

Técnica responsável pela obra: Arq.ª {P3}
Empreiteiro: {ORG}

Documentos que junta:
  [X] Planta de localização
  [X] Termo de responsabilidade da técnica
  [ ] Apólice de seguro de responsabilidade civil

Pede deferimento.

{CITY}, {DATE}                                O Requerente, ______________________

------------------------------ RESERVADO AOS SERVIÇOS ------------------------------
Entrada n.º {NUM}        Recebido por: {IN1}        Taxa liquidada: {AMT} €
"""

HELD["declaracao_experiencia_profissional"] = """
{ORG}
{ADDR}

DECLARAÇÃO

Para os devidos efeitos, declara-se que {P1}, contribuinte n.º {PTNIF}, exerceu funções nesta
empresa de {DATE} a {DATE2}, com a categoria profissional de Rececionista de 1.ª, em regime de
tempo completo.

Durante esse período, a Sr.ª {L1} foi responsável pelo atendimento presencial e telefónico, pela
gestão da agenda da direção e pelo acolhimento de clientes estrangeiros, tendo demonstrado sempre
assiduidade, sentido de responsabilidade e excelente relacionamento com colegas e clientes.
A cessação do contrato ocorreu por iniciativa da trabalhadora.

A pedido da interessada, e por ser verdade, se passa a presente declaração, que vai assinada e
autenticada com o carimbo em uso nesta empresa.

{CITY}, {DATE2}

O Diretor de Recursos Humanos

{P4}
"""

HELD["justificacao_faltas"] = """
JUSTIFICAÇÃO DE FALTAS
(artigos 249.º e seguintes do Código do Trabalho)

Trabalhador: {PC2}                        N.º mecanográfico: {NUM}
Departamento: Produção — Turno B
Chefia direta: {P3}

Período de ausência: de {DATE} a {DATE2}

Motivo:
  [ ] Casamento                     [X] Falecimento de cônjuge, parente ou afim
  [ ] Doença                        [ ] Assistência a filho menor
  [ ] Prestação de provas escolares [ ] Outro: ____________________________

Observações: falecimento da avó materna, {P1}, em {CITY}.
Documento comprovativo: certidão de óbito (entregue em mão).

Assinatura do trabalhador: {IN2}
Visto da chefia: [X] justificada   [ ] injustificada      {L3}

Recebido nos Recursos Humanos em {DATE2} por {P4}.
"""

HELD["checklist_integracao"] = """
CHECKLIST DE INTEGRAÇÃO — NOVO COLABORADOR

Colaboradora:                {P1}
Função:                      Técnica de Contabilidade
Data de entrada:             {DATE}
Responsável pela integração: {P2}
Madrinha:                    {P3}

ANTES DO PRIMEIRO DIA
  [x] Contrato assinado e arquivado (RH — {IN4})
  [x] NIF ({PTNIF}) e IBAN ({IBAN}) registados no processamento salarial
  [ ] Criar conta de correio eletrónico: {EMAIL1}
  [ ] Pedir portátil e telemóvel de serviço à Informática

PRIMEIRO DIA
  [ ] Receção às {TIME} — o {F2} apresenta a equipa
  [ ] Visita às instalações ({ADDR})
  [ ] Entrega do cartão de acesso e do manual de acolhimento
  [ ] Formação de Segurança e Saúde no Trabalho

PRIMEIRA SEMANA
  [ ] Almoço com a equipa
  [ ] Reunião de acompanhamento com a {F3}
  [ ] Acesso ao ERP e ao arquivo digital

Avaliação do período experimental agendada para {DATE2}.
"""

HELD["nota_alta_medicina"] = """
{ORG}
Serviço de Medicina Interna — Piso 4
{ADDR}

NOTA DE ALTA

Doente: {P4}                                      Processo n.º {NUM}
Data de nascimento: {DOB}
Data de admissão: {DATE}                          Data de alta: {DATE2}
Médica assistente: Dra. {P3}
Médica de família: Dra. {IN1} — {ORG2}

Motivo de internamento: pneumonia adquirida na comunidade, lobo inferior direito.

Evolução: Admitido pelo serviço de urgência com febre, tosse produtiva e dessaturação. Cumpriu sete dias
de antibioterapia endovenosa com boa resposta clínica e analítica. O Sr. {L4} encontra-se apirético
há 72 horas, com saturação periférica de 96% em ar ambiente e autónomo nas atividades de vida diária.

Medicação no domicílio:
  - Amoxicilina + ácido clavulânico 875/125 mg, 12/12 h, mais 3 dias
  - Paracetamol 1 g, 8/8 h, se febre ou dor
  - Manter restante medicação habitual

Recomendações: reavaliação pela médica de família dentro de duas semanas; radiografia de tórax de
controlo às seis semanas. Recorrer ao serviço de urgência se febre persistente ou dificuldade
respiratória.

Contacto do serviço: {PHONE}
"""

HELD["boletim_analises_clinicas"] = """
{ORG} — Laboratório de Análises Clínicas
Diretora Técnica: Dra. {P3}

Nome: {PU1}                        Data de nasc.: {DOB}          Sexo: F
N.º de requisição: {NUM}           Colheita: {DATE} {TIME}
Médico requisitante: Dr. {IN2}     Entidade: SNS

HEMOGRAMA                          Resultado    Unidades       Valores de referência
Eritrócitos                            4,52     x10^12/L        3,80 – 4,80
Hemoglobina                           12,9      g/dL           12,0 – 15,0
Hematócrito                           38,7      %              36,0 – 46,0
Leucócitos                             6,8      x10^9/L         4,0 – 10,0
Plaquetas                              241      x10^9/L         150 – 400

BIOQUÍMICA
Glicose (jejum)                        104 *    mg/dL            70 – 100
Colesterol total                       212 *    mg/dL             < 190
Creatinina                            0,78      mg/dL           0,51 – 0,95
TSH                                   2,10      µUI/mL          0,27 – 4,20

(*) Valor fora do intervalo de referência.

Resultados validados por {P4}, Técnico Superior de Diagnóstico, em {DATE2}.
"""

HELD["sms_lembrete_dentista"] = """
{ORG}
{DATE} 10:02
Lembrete: {F1}, tem consulta de Medicina Dentária com o Dr. {L2} no dia {DATE2} às {TIME}.
Para desmarcar ligue {PHONE}. Responda SIM para confirmar.

                                                                    Eu · SIM

{ORG}
Obrigado! Consulta confirmada. Morada: {ADDR}. Traga o cartão de beneficiário do subsistema.

                                               Eu · Posso levar a minha filha? Também precisa de
                                                    uma limpeza

{ORG}
Olá D. {L1}, o Dr. {L2} tem vaga logo a seguir. Marcamos em nome de quem?

                                                                    Eu · {P3}
"""

HELD["escritura_compra_venda"] = """
ESCRITURA DE COMPRA E VENDA

No dia {DATE}, no Cartório Notarial de {CITY}, perante mim, {P3}, notária, compareceram como
outorgantes:

PRIMEIRO: {PX2}, NIF {PTNIF}, casado com {PX1} sob o regime da comunhão de adquiridos, natural de
{CITY2}, residente na {ADDR}, que outorga por si e na qualidade de procurador de sua mulher, qualidade
e suficiência de poderes que verifiquei pela procuração que arquivo;

SEGUNDO: {PX4}, solteiro, maior, natural de {CITY}, residente na {ADDR2}.

Verifiquei a identidade dos outorgantes pela exibição dos respetivos cartões de cidadão.

E PELO PRIMEIRO OUTORGANTE FOI DITO:
Que, pelo preço de {AMT} euros, já recebido, vende ao segundo outorgante, livre de ónus ou encargos,
o prédio urbano composto por casa de rés-do-chão e logradouro, sito em {CITY}, descrito na
Conservatória do Registo Predial sob o número {NUM} e inscrito na respetiva matriz predial.

PELO SEGUNDO OUTORGANTE FOI DITO:
Que aceita esta venda nos termos exarados e que o prédio se destina a habitação própria e permanente.

Esta escritura foi lida aos outorgantes e a eles explicado o seu conteúdo.

{P2}
{P4}
A Notária, {IN3}
"""

HELD["citacao_acao_civel"] = """
Tribunal Judicial da Comarca de {CITY}
Juízo Local Cível de {CITY2} — Juiz 2

Processo: {NUM}                                  Ação de Processo Comum
Autora: {ORG}
Réu: {P2}

CITAÇÃO

Exmo. Senhor
{PX2}
{ADDR}

Fica V. Ex.ª citado para, no prazo de 30 dias, contestar, querendo, a ação acima identificada, com a
advertência de que a falta de contestação importa a confissão dos factos articulados pela autora.

O prazo é contínuo, suspendendo-se, no entanto, durante as férias judiciais.
É obrigatória a constituição de mandatário judicial.

Fica ainda advertido de que, caso não disponha de meios económicos, poderá requerer apoio judiciário
junto dos serviços da Segurança Social.

Juntam-se duplicados da petição inicial e dos documentos que a acompanham.

{CITY}, {DATE}

A Oficial de Justiça,
{P3}
"""

HELD["testamento_publico"] = """
TESTAMENTO PÚBLICO

Aos {DATE}, no Cartório Notarial de {CITY}, perante mim, {P4}, notário, compareceu como testadora
{PX1}, viúva, nascida em {DOB}, natural de {CITY2}, residente na {ADDR}, contribuinte n.º {PTNIF},
pessoa cuja identidade verifiquei pela exibição do seu cartão de cidadão.

E por ela foi dito que faz o seu testamento pela forma seguinte:

PRIMEIRO — Institui herdeira da quota disponível dos seus bens a sua sobrinha {P3}, residente na
{ADDR2}.

SEGUNDO — Lega ao seu afilhado {P2} o relógio de bolso que pertenceu a seu pai e a coleção de selos.

TERCEIRO — Nomeia testamenteira a referida sobrinha, {F3}, a quem pede que trate do seu funeral com
toda a simplicidade.

QUARTO — Revoga qualquer testamento anterior.

Assim o disse e outorgou, na presença de duas testemunhas idóneas, a quem li este testamento e
expliquei o seu conteúdo.

A testadora: {P1}
O notário: {IN4}
"""

HELD["lista_turma_secundario"] = """
{ORG}
LISTA DE ALUNOS — 10.º ANO — TURMA C (Ciências e Tecnologias)
Ano letivo {YEAR}
Diretora de turma: Prof.ª {P3}           Contacto da escola: {PHONE}

N.º  Nome                                  Opção                     Contacto do EE
---  ------------------------------------  ------------------------  ----------------
 1   {PI1}                                 Biologia e Geologia       {PHONE2}
 2   {PI2}                                 Geometria Descritiva      —
 3   {PI4}                                 Biologia e Geologia       (ver processo)

Delegado de turma: {F2} (n.º 2)
Subdelegada: {F1} (n.º 1)

Atendimento aos encarregados de educação: às {TIME}, na sala 14, mediante marcação por e-mail
({EMAIL3}).
"""

HELD["declaracao_amigavel"] = """
DECLARAÇÃO AMIGÁVEL DE ACIDENTE AUTOMÓVEL

1. Data do acidente: {DATE}          Hora: {TIME}
2. Local: {ADDR}
3. Feridos, mesmo ligeiros:  [ ] sim   [X] não
4. Danos materiais noutros veículos além de A e B:  [ ] sim   [X] não
5. Testemunhas: {P3}, {PHONE2}

VEÍCULO A                                      VEÍCULO B
6. Tomador do seguro                           6. Tomador do seguro
   Apelido: {L1}                                  Apelido: {L2}
   Nome: {F1}                                     Nome: {F2}
   Morada: {ADDR2}                                Telefone: {PHONE}
8. Seguradora: {ORG}                           8. Seguradora: {ORG2}
   Apólice n.º {NUM}                              Apólice n.º (ver carta verde)
9. Condutor: o próprio                         9. Condutor: {P4}

12. Circunstâncias
   A: [X] estava parado/estacionado            B: [X] embatia na traseira do outro
      veículo que circulava no mesmo sentido

14. Observações:
   A: Estava parada no semáforo quando fui embatida.
   B: Não consegui travar a tempo, piso molhado.

Assinatura dos condutores:   A ______________________      B ______________________
"""

HELD["recibo_renda_eletronico"] = """
RECIBO DE RENDA ELETRÓNICO N.º 58

Locador: {P2}                                  NIF: {PTNIF}
Locatária: {P1}
Imóvel arrendado: {ADDR}
Tipo de contrato: habitação — renda mensal

Período a que respeita: de {DATE} a {DATE2}
Importância recebida: {AMT} €
Data do recebimento: {DATE2}
Retenção na fonte de IRS: não aplicável

O locador declara ter recebido a importância acima indicada, referente à renda do período indicado.

Emitido em {CITY} · Documento processado eletronicamente, dispensa assinatura.
"""

HELD["json_exportacao_crm"] = """
{
  "exportado_em": "{DATE} {TIME}",
  "origem": "CRM — {ORG}",
  "total": 2,
  "clientes": [
    {
      "id": 50213,
      "nome": "{P1}",
      "nif": "{PTNIF}",
      "data_nascimento": "{DOB}",
      "email": "{EMAIL1}",
      "telemovel": "{PHONE}",
      "morada": "{ADDR}",
      "gestor_conta": "{IN2}",
      "consentimento_marketing": false
    },
    {
      "id": 50217,
      "nome": "{P4}",
      "nif": null,
      "data_nascimento": null,
      "email": "{EMAIL4}",
      "telemovel": "{PHONE2}",
      "morada": "{ADDR2}",
      "gestor_conta": "{IN3}",
      "consentimento_marketing": true
    }
  ]
}
"""

HELD["xml_folha_pagamento"] = """
<?xml version="1.0" encoding="UTF-8"?>
<folhaPagamento competencia="{YEAR}" tipo="mensal">
  <empresa>
    <razaoSocial>{ORG}</razaoSocial>
    <municipio>{CITY}</municipio>
    <responsavel>{P2}</responsavel>
  </empresa>
  <funcionario matricula="{NUM}">
    <nome>{P3}</nome>
    <cpf>{CPF}</cpf>
    <dataNascimento>{DOB}</dataNascimento>
    <cargo>Auxiliar administrativa</cargo>
    <dataAdmissao>{DATE}</dataAdmissao>
    <salarioBase>{AMT}</salarioBase>
    <email>{EMAIL3}</email>
  </funcionario>
  <funcionario>
    <nome>{P4}</nome>
    <cargo>Motorista</cargo>
    <dataAdmissao>{DATE2}</dataAdmissao>
    <telefone>{PHONE}</telefone>
  </funcionario>
</folhaPagamento>
"""

HELD["slack_equipa_comercial"] = """
# equipa-comercial-norte

{fl2}  9:02
bom dia! alguém sabe se a reunião com o cliente de {CITY} foi remarcada?

{fl3}  9:05
foi para {DATE}, às {TIME}. a {F1} vai enviar o convite

{fl1}  9:06
já enviei 👍 @{fl2} confirmas a tua presença? precisamos de ti para a parte técnica

{fl2}  9:20
confirmo. levo a proposta revista com as contas do desconto
{F3}, o contacto deles continua a ser a diretora financeira?

{fl3}  9:24
não, agora é o {P4}, ficou com a conta depois da reestruturação. telemóvel {PHONE}, e-mail {EMAIL4}

{fl1}  9:25
ok, atualizo no CRM 🙏 e ponho o {L4} em cópia do convite
"""

HELD["sms_oficina"] = """
{P4}
Mensagem de texto · {DATE} {TIME}

Boa tarde D. {F1}, é o {F4} da oficina. O carro já está pronto, trocámos as pastilhas e os discos
da frente. Fica em {AMT} € com IVA. Pode vir buscar até às 19h.

                                       Eu · Boa tarde Sr. {F4}, obrigada! O meu marido, o {F2}, passa
                                            aí depois do trabalho. Aceitam cartão?

Aceitamos sim. Diga-lhe para trazer o documento da viatura. A morada é {ADDR}, portão verde.

                                       Eu · Combinado 👍

{DATE2} 10:14
Bom dia, só para lembrar que o carro continua cá 😊 Cumprimentos, {L4}
"""

HELD["comunicado_imprensa_fabrica"] = """
COMUNICADO DE IMPRENSA
Para divulgação imediata

{ORG} inaugura nova unidade de produção em {CITY}

{CITY}, {DATE} — A empresa inaugurou hoje uma nova unidade de produção, num investimento de {AMT}
mil euros que permitirá criar 85 postos de trabalho diretos até ao final de {YEAR}.

"Este é um passo decisivo na nossa estratégia de crescimento e uma aposta clara no interior",
afirmou {P2}, presidente do conselho de administração, durante a cerimónia.

A inauguração contou com a presença da presidente da câmara municipal, {P1}, que sublinhou a
importância do investimento para a fixação de jovens no concelho. Segundo {L2}, metade dos novos
postos de trabalho será preenchida por recém-licenciados da região, em parceria com {ORG2}.

A nova fábrica, situada na {ADDR}, terá capacidade para produzir três milhões de unidades por ano.

Contactos para a imprensa:
{P3} | Assessoria de Comunicação | {EMAIL3} | {PHONE}
"""

HELD["anuncio_nascimento"] = """
          🍼  BEM-VINDO AO MUNDO  🍼

É com imensa alegria que {P1} e {P2} anunciam o nascimento do seu filho

                      {F4}

nascido a {DATE}, em {CITY}, com 3,250 kg e 49 cm de pura ternura.

A mamã e o bebé estão ótimos! A mana mais velha, {F3}, já pediu para lhe dar o primeiro banho.

Um agradecimento muito especial a toda a equipa de obstetrícia ({ORG}), que foi incansável.

As visitas podem combinar com o papá pelo {PHONE}. 💙
"""

HELD["guia_remessa"] = """
{ORG}
{ADDR}

GUIA DE REMESSA N.º GR {NUM}                          Data: {DATE}
                                                      Original

Local de carga:      {ADDR}                  Hora de início: {TIME}
Local de descarga:   {ADDR2}
Destinatário:        {ORG2}
A/C:                 {P1}  ·  Tel. {PHONE}
NIF do adquirente:   {PTNIF}

Artigo     Descrição                                    Qtd.    Unid.
---------  -------------------------------------------  ------  -----
CX-0412    Caixa de cartão canelado 40x30x30              500    un
FIL-23     Filme estirável 23 µm                            12    rolo
PAL-EUR    Palete europeia                                   6    un

Motorista: {P2}
Conferido por: {P4}
Recebido por: ______________________  ({IN3})    Data/Hora: ____________
"""

HELD["assento_batismo_paroquia"] = """
PARÓQUIA DE {CITY}
LIVRO DE REGISTO DE BATISMOS — ANO DE {YEAR}

Assento n.º 31

Aos {DATE}, nesta igreja paroquial, batizei solenemente uma criança do sexo feminino, a quem foi dado
o nome de {PX3}, nascida a {DATE2}, filha de {P2}, natural de {CITY2}, e de {P1}, natural de {CITY},
ambos residentes na {ADDR}.

Foi padrinho {P4}, casado, residente em {CITY2}.

E para constar lavrei este assento, que, depois de lido e conferido perante os pais e o padrinho,
vai por mim assinado.

O Pároco,
(assinatura)

Averbamentos: —
"""

HELD["ata_direcao_associacao"] = """
ATA N.º 112 — REUNIÃO DE DIREÇÃO
{ORG}

Data: {DATE}        Hora: {TIME}        Local: sede social, {ADDR}

Presentes:
  - {P2} (Presidente)
  - {P1} (Vice-Presidente)
  - {P3} (Tesoureira)
Ausente com justificação: {P4} (Secretário)

ORDEM DE TRABALHOS
  1. Situação financeira
  2. Festa anual e marchas
  3. Diversos

DELIBERAÇÕES
1. A tesoureira, {F3}, informou que o saldo à data é de {AMT} €, estando ainda por receber o
   subsídio da junta de freguesia. Aprovado o pagamento das faturas pendentes.
2. A festa anual realiza-se a {DATE2}. A Vice-Presidente {L1} fica responsável pelos contactos com
   as bandas; o Secretário {L4} tratará das licenças.
3. Foi aprovada a admissão de sete novos sócios.

| Ação                          | Responsável | Prazo   |
|-------------------------------|-------------|---------|
| Pedir licença de ruído        | {IN4}       | {DATE2} |
| Orçamentos para o palco       | {IN1}       | {DATE2} |

Nada mais havendo a tratar, encerrou-se a reunião.
O Presidente, {P2}                      A Tesoureira, {P3}
"""

HELD["chamado_helpdesk_vpn"] = """
CHAMADO #{NUM} — Acesso VPN bloqueado
Solicitante: {PC4} ({EMAIL4})
Telefone/Ramal: {PHONE}
Categoria: Acessos > VPN            Prioridade: Alta
Aberto em: {DATE} {TIME}            SLA: 8 horas úteis
Responsável atual: {P1}

HISTÓRICO
[{DATE} {TIME}] {P4}:
  Desde a troca de senha não consigo conectar na VPN de casa. Aparece "erro 809".
  Estou de home office e preciso acessar o sistema financeiro ainda hoje.

[{DATE}] {P1}:
  Oi {F4}, tudo bem? Já resetei seu token. Pode tentar de novo e me avisar?

[{DATE}] {P4}:
  Continua igual 😕

[{DATE2}] Sistema:
  Chamado reatribuído para {IN3} (Infraestrutura — N2).

[{DATE2}] {P3}:
  {L4}, o certificado da sua máquina estava vencido. Renovei remotamente, pode testar.

[{DATE2}] {P4}:
  Funcionou! Obrigado, {F3}. Pode fechar.

Status: Resolvido
"""

HELD["instagram_post_fotografa"] = """
{fl1}_fotografia
📍 {CITY}

♥ 248 gostos
{fl1}_fotografia Sessão de família ao pôr do sol com a {F3}, o {F2} e os pequenos 🌅
Obrigada pela confiança, foi um fim de tarde mágico! Marcações para sessões de primavera pelo
{EMAIL1} ou por mensagem privada. #sessaofamilia #fotografiadefamilia #goldenhour
{DATE}

Ver os 14 comentários
{fl3}  Que fotos maravilhosas!! Já estou a chorar 😭❤️ @{fl2} olha esta!
{fl2}  @{fl1} és a maior! Já reservámos a próxima
{fl4}  Os meus sobrinhos estão enormes 😍 parabéns à fotógrafa {P1}
"""

HELD["curriculo_europass"] = """
CURRICULUM VITAE

INFORMAÇÃO PESSOAL
Nome                {PU2}
Morada              {ADDR}
Telemóvel           {PHONE}
Correio eletrónico  {EMAIL2}
Data de nascimento  {DOB}

POSTO A QUE SE CANDIDATA
Técnico de manutenção industrial

EXPERIÊNCIA PROFISSIONAL
{DATE} – atual      Técnico de manutenção eletromecânica
                    {ORG}, {CITY}
                    Manutenção preventiva e corretiva de linhas de enchimento; autómatos programáveis.
{DATE2} – {DATE}    Eletricista
                    {ORG2}, {CITY2}

EDUCAÇÃO E FORMAÇÃO
Curso profissional de Técnico de Eletrónica, Automação e Comando (nível 4)

COMPETÊNCIAS PESSOAIS
Língua materna: português
Outras línguas: inglês (B1), francês (A2)
Carta de condução: categorias B e C

REFERÊNCIAS
Eng.ª {P3}, diretora de produção — {PHONE2}
{P4}, chefe de equipa — {EMAIL4}
"""

HELD["registo_entradas_obra"] = """
REGISTO DE ENTRADAS E SAÍDAS EM OBRA
Obra: reabilitação do edifício da {ADDR}
Dono de obra: {ORG}            Empreiteiro geral: {ORG2}
Diretor de obra: Eng.º {P2}
Data: {DATE}

Hora ent. | Nome                  | Entidade / função          | EPI verif. | Hora saída
----------|-----------------------|----------------------------|------------|-----------
07:45     | {PI4}                 | Subempreiteiro — pedreiro  | sim        | 16:30
08:10     | {PI3}                 | Coordenação de segurança   | sim        | 10:05
{TIME}    | {PU1}                 | Fiscalização               | sim        | 12:40
13:30     | {IN2}                 | Direção de obra            | sim        | 17:15

Ocorrências: visita da fiscalização sem reparos. A Eng.ª {L1} pediu o registo fotográfico da laje.
Responsável pelo registo: Eng.º {L2} — {PHONE}
"""

HELD["escala_voluntarios_banco_alimentar"] = """
ESCALA DE VOLUNTÁRIOS — CAMPANHA DE RECOLHA DE ALIMENTOS
{ORG}
Ponto de recolha: supermercado da {ADDR}
Fim de semana de {DATE}

Turno             Sábado                          Domingo
--------------    ----------------------------    ----------------------------
09h00 – 13h00     {P1}, {P2}                      {P3}
13h00 – 17h00     {P3}, {IN4}                     {P1}, {P2}
17h00 – 21h00     {P4}                            {P4}, {IN1}

Coordenadora do ponto: {P3} ({PHONE})
Os voluntários menores devem trazer autorização assinada pelo encarregado de educação.
Recolha das caixas pela carrinha às {TIME}: contactar o {F4} pelo {PHONE2}.
Obrigado a todos!
"""

HELD["neg_manual_aspirador"] = """
MANUAL DE INSTRUÇÕES
ASPIRADOR SEM FIO TURBOMAX S7

Leia atentamente estas instruções antes da primeira utilização e guarde-as para consulta futura.

1. CARREGAMENTO
Ligue o Carregador à tomada e encaixe a Bateria Li-Ion no Suporte de Parede. O indicador LED pisca
a laranja durante a carga e fica Verde Fixo quando a bateria está completamente carregada.

2. MODOS DE FUNCIONAMENTO
   • Modo Eco — para superfícies duras e limpezas diárias.
   • Modo Auto — ajusta a potência ao tipo de pavimento.
   • Modo Turbo — para tapetes e alcatifas. Reduz a autonomia para 12 minutos.

3. LIMPEZA DO FILTRO HEPA
Retire o Depósito premindo o botão Libertar. Bata levemente o Filtro sobre o caixote do lixo.
Lave-o apenas com água fria e deixe secar 24 horas antes de o voltar a montar.

ATENÇÃO: Nunca utilize o aparelho para aspirar líquidos, cinzas quentes ou objetos cortantes.
Não exponha a Bateria a temperaturas superiores a 40 °C.

Garantia: consulte as Condições Gerais no Certificado de Garantia incluído na embalagem.
"""

HELD["neg_notas_versao_software"] = """
Notas de Versão — Colibri Tarefas 4.2

NOVIDADES
• Novo Painel de Controlo com Widgets personalizáveis.
• Suporte para Modo Escuro em todas as janelas.
• Exportação para Excel e PDF a partir do menu Relatórios.
• Integração com Calendário Partilhado e Notificações Push.

CORREÇÕES
• Corrigido erro que impedia "Guardar Como" em pastas partilhadas.
• O Assistente de Importação já reconhece ficheiros CSV com separador ponto e vírgula.
• Melhorado o desempenho da Pesquisa Avançada em projetos com mais de 10 000 tarefas.

PROBLEMAS CONHECIDOS
• No Windows 10, a Pré-visualização de Impressão pode demorar alguns segundos a abrir.

Para atualizar, abra Definições > Sobre > Procurar Atualizações e reinicie a aplicação.
Obrigado por usar o Colibri!
"""
