"""Modelos em português para o quinto conjunto multilingue de generalização.

Modelos escritos de raiz para este conjunto, à maneira de Portugal, do Brasil, de Angola, de
Moçambique e de Cabo Verde. Os nomes próprios e apelidos são listas compiladas à mão de nomes
comuns nesses países, nos vizinhos e nas maiores comunidades imigrantes; as organizações e os
domínios de correio são inventados.

English summary: templates written fresh for the fifth multilingual set. Given and family names are
hand-compiled lists of names common in the countries of the language (Portugal, Brazil, Angola,
Mozambique, Cape Verde), their neighbours and their larger immigrant communities, of the kind recorded
as Wikidata given-name / family-name items (Wikidata: CC0 1.0); none is taken from Faker or any
fake-data library. Organisations and mail domains are invented.
"""

GIVEN_F = [
    # Portugal
    "Carlota", "Jacinta", "Rosalina", "Amélia", "Celestina", "Edite", "Firmina", "Genoveva",
    "Henriqueta", "Marcelina", "Quitéria", "Salomé", "Guiomar", "Aurélia", "Brízida", "Cesaltina",
    "Doroteia", "Eugénia", "Isaura", "Umbelina", "Virgínia", "Adozinda", "Balbina", "Carmelinda",
    "Delmira", "Florinda", "Teolinda", "Vanda", "Herculana",
    # Brasil
    "Gislaine", "Luciene", "Thalita", "Jurema", "Araci", "Moema", "Lucimar", "Marinalva", "Neide",
    "Rosimeire", "Vilma", "Zilda", "Francineide", "Marileide", "Maitê", "Ayla", "Kauane", "Emanuelly",
    # Angola, Moçambique, Cabo Verde, Guiné-Bissau
    "Tchissola", "Ndalu", "Kianda", "Wezy", "Tchizé", "Nkiambi", "Tsakane", "Nyeleti", "Anifa",
    "Zubaida", "Djenice", "Saliatu", "Cadidjatu", "Nhima",
    # comunidades imigrantes e descendentes
    "Liliya", "Zoryana", "Khrystyna", "Sushila", "Pramila", "Rojina", "Deepika", "Pooja", "Yuting",
    "Graziela", "Helga", "Sayuri", "Tomoko", "Kazuko", "Soraya", "Samia", "Najla",
    # compostos
    "Carlota Amélia", "Isaura Virgínia", "Thalita Maitê",
]

GIVEN_M = [
    # Portugal
    "Elísio", "Fernão", "Hilário", "Bento", "Casimiro", "Graciano", "Januário", "Juvenal", "Octávio",
    "Querubim", "Silvério", "Tibério", "Deodato", "Eleutério", "Genésio", "Nicolau", "Onofre",
    "Saturnino", "Tadeu", "Valentim", "Crisóstomo", "Diamantino", "Emídio", "Fortunato", "Gaudêncio",
    "Martinho", "Plácido", "Rufino", "Sílvio", "Venâncio", "Ivo",
    # Brasil
    "Edvaldo", "Cauã", "Raoni", "Moacir", "Evandro", "Edinaldo", "Gilmar", "Josimar", "Lindomar",
    "Marivaldo", "Erivelton", "Jeferson", "Kauê", "Luan",
    # Angola, Moçambique, Cabo Verde, Guiné-Bissau
    "Kiluanji", "Ngola", "Mbunga", "Lukeny", "Amade", "Faizal", "Abdulai", "Rachide", "Amisse",
    "Zeca", "Ildo", "Djodje", "Bubacar", "Aliu", "Umaru", "Suleimane", "Ansumane", "Malam",
    # comunidades imigrantes e descendentes
    "Ihor", "Dipendra", "Sagar", "Rajendra", "Sandeep", "Vikram", "Manoj", "Minoru", "Yoshio",
    "Masaru", "Kazuo", "Habib", "Fuad", "Kalil", "Rafic", "Munir",
    # compostos
    "Ivo Tadeu", "Bento Valentim",
]

FAMILY = [
    # Portugal
    "Macedo", "Canelas", "Espinheira", "Palhares", "Taborda", "Vilela", "Barreiros", "Gameiro",
    "Marinho", "Tojal", "Vidigal", "Bacelar", "Boaventura", "Caiado", "Couceiro", "Ferraz",
    "Liberato", "Lucena", "Manso", "Matoso", "Morgado", "Parreira", "Pequito", "Picão", "Prates",
    "Proença", "Rabelo", "Teles", "Trigueiros", "Veiga", "Alvarenga", "das Neves",
    # Brasil
    "Toledo", "Drummond", "Amorim", "Cajado", "Dutra", "Fontoura", "Jatobá", "Lins", "Maciel",
    "Paranhos", "Peçanha", "Tabosa", "Andrada", "Buarque",
    # Angola
    "Mbemba", "Nzuzi", "Vunge", "Cangombe", "Dala", "Ekuikui", "Kaposso", "Lutukuta", "Manuvakola",
    "Muteka", "Pitra", "Mawete",
    # Moçambique
    "Mondlane", "Cumbe", "Guebuza", "Chaúque", "Maússe", "Chivambo", "Chirindza",
    # Guiné-Bissau e Cabo Verde
    "Camará", "Cassamá", "Nhaga", "Biaguê", "Nanque", "Seidi", "Djassi", "Turé",
    # comunidades imigrantes e descendentes
    "Pavlyuk", "Kostenko", "Zinchenko", "Bhattarai", "Poudel", "Khadka", "Karki", "Ghimire",
    "Desai", "Naik", "Chaudhary", "Mehta", "Matarazzo", "Crespi", "Bortolotto", "Giannini",
    "Pellegrino", "Hering", "Renaux", "Weege", "Schroeder", "Ikeda", "Kimura", "Shimizu", "Fujita",
    "Okada", "Jafet", "Kassab", "Chedid", "Salomão", "Nader", "Farhat", "Bechara", "Sayegh", "Zogbi",
    "Rizk",
]

CITIES = [
    # Portugal
    "Ponte de Lima", "Tomar", "Montemor-o-Novo", "Figueira da Foz", "Ovar", "Mirandela",
    "Peso da Régua", "Castelo Branco", "Elvas", "Oliveira de Azeméis", "Santa Maria da Feira",
    "Ponta Delgada", "Estremoz", "Torres Vedras", "Vila Real de Santo António", "Lagos",
    # Brasil
    "Campina Grande", "Juiz de Fora", "Feira de Santana", "Ribeirão Preto", "Caruaru", "Petrópolis",
    "Joinville", "Ouro Preto", "Pelotas", "Chapecó",
    # Angola
    "Lubango", "Benguela", "Huambo", "Moçâmedes", "Malanje", "Saurimo",
    # Moçambique
    "Quelimane", "Nampula", "Inhambane", "Chimoio", "Lichinga", "Xai-Xai",
    # Cabo Verde
    "Mindelo", "Assomada", "Espargos", "Ribeira Grande",
]

STREETS = [
    "Rua de Santa Catarina", "Avenida dos Aliados", "Travessa do Carvalho", "Rua Padre António Vieira",
    "Largo do Chafariz", "Rua Cândido dos Reis", "Avenida 25 de Abril", "Estrada da Circunvalação",
    "Rua Direita", "Beco das Flores", "Praceta Infante D. Henrique", "Rua Barão de Itapetininga",
    "Avenida Sete de Setembro", "Rua Voluntários da Pátria", "Alameda dos Oceanos", "Rua Rainha Ginga",
    "Avenida Kwame Nkrumah", "Avenida 24 de Julho", "Rua da Missão", "Rua Cesária Évora",
    "Avenida Marginal", "Rua do Comércio", "Travessa da Fonte Santa", "Rua 1.º de Maio",
]

ORGS = [
    "Tecnocorte — Soluções Industriais, Lda.",
    "Clínica Dentária Sorriso Atlântico",
    "Colégio Horizonte Azul",
    "Associação Cultural Raízes do Sado",
    "Grupo Desportivo Os Lusitanos da Ribeira",
    "Cooperativa Agrícola do Vale do Sorraia, CRL",
    "Pastelaria Flor do Minho",
    "Atlântida Advogados — Sociedade de Advogados, SP, RL",
    "Construtora Serra Verde Ltda.",
    "Mercadinho Bom Preço Ltda.",
    "Imobiliária Casa Nova Consultores, Lda.",
    "Transportes Rodoviários Kwanza, Lda.",
    "Farmácia Esperança",
    "Laboratório de Análises Clínicas BioVida",
    "Instituto de Línguas Ponte Sul",
    "Âncora Mútua — Companhia de Seguros, S.A.",
    "Hotel Baía Serena",
    "Oficina Auto Motores do Planalto",
    "Escola Básica e Secundária Vale das Amoreiras",
    "Clube Náutico Maré Alta",
    "Unidade de Saúde Familiar Alvorada",
    "Rigor & Conta — Gabinete de Contabilidade, Lda.",
    "TecnoPão Indústria Alimentar, S.A.",
    "Cooperativa de Pescadores Nova Esperança",
    "Associação de Moradores do Bairro Alto Verde",
    "Papelaria Girassol",
    "Rota do Sol — Agência de Viagens, Lda.",
    "Restaurante O Cantinho da Avó",
    "Veredas Advocacia e Consultoria",
    "Movimento Livre Fisioterapia Ltda.",
    "Hospital Privado Santa Luzia do Vale",
    "Distribuidora Mar e Terra, S.A.",
]

MAIL_DOMAINS = ["portamail.pt", "caixapostal.com.br", "lusonet.co.ao", "mensageiro.co.mz",
                "ilhamail.cv", "correio-norte.pt"]


# --------------------------------------------------------------------------------------------------
# Metade de afinação (TUNE)
# --------------------------------------------------------------------------------------------------

TUNE = {}

TUNE["carta_reclamacao_operadora"] = """
{P1}
{ADDR}
NIF {PTNIF}
Telemóvel: {PHONE}

                                              Exmos. Senhores
                                              {ORG}
                                              Serviço de Apoio ao Cliente
                                              {ADDR2}

{CITY}, {DATE}

Assunto: Reclamação — faturação indevida (contrato n.º {NUM})

Exmos. Senhores,

Venho por este meio apresentar reclamação relativa à fatura emitida em {DATE2}, no valor de
{AMT} €, que inclui serviços que nunca subscrevi (canais desportivos e seguro de equipamento).

Contactei a vossa linha de apoio por três vezes. Na última chamada fui atendida pelo Sr. {P2},
que me garantiu a anulação do débito no prazo de dez dias úteis; até hoje nada foi corrigido e
o valor voltou a ser cobrado. Peço, por isso, que o Sr. {L2} ou quem o substitua me contacte
diretamente.

Solicito a emissão de nota de crédito e o reembolso por transferência para a conta com o IBAN
{IBAN}, de que sou titular.

Informo que registei esta situação no Livro de Reclamações Eletrónico e que darei conhecimento
à entidade reguladora caso não obtenha resposta no prazo legal.

Sem outro assunto de momento, subscrevo-me com os melhores cumprimentos,

{P1}
(cliente n.º {NUM})

Anexos: cópia da fatura; registo das chamadas.
"""

TUNE["email_resposta_encadeada"] = """
De: {P2} <{EMAIL2}>
Para: {P3} <{EMAIL3}>
Cc: {IN1}; {IN4}
Data: {DATE}, {TIME}
Assunto: RE: Orçamento remodelação cozinha — fração B

Olá {F3},

Obrigado pelo retorno rápido. Falei com a D. {L1} e ela concorda em avançar já com a demolição
na semana de {DATE2}; o {F4} trata do pedido de comunicação prévia na câmara.
Só falta fecharmos o valor final do mobiliário ({AMT} € sem IVA, conforme a proposta anexa).

Se der jeito, passo aí na quinta ao fim da tarde para medirmos outra vez a parede da janela.

Abraço,
{F2}

--
{P2}
Diretor de Obra | {ORG}
Tlm. {PHONE}

Em {DATE2}, {P3} <{EMAIL3}> escreveu:
> Bom dia {F2},
>
> Segue em anexo a planta revista. A D. {P1} pediu para mudar a ilha
> para junto da janela e retirar o exaustor de parede.
> Consegue enviar-me o orçamento atualizado até sexta-feira?
>
> Cumprimentos,
> {P3}
> Arquiteta — {ORG2}
"""

TUNE["contrato_trabalho_termo_certo"] = """
CONTRATO DE TRABALHO A TERMO CERTO

Entre:

PRIMEIRA OUTORGANTE: {ORG}, com sede em {ADDR}, aqui representada pelo seu
gerente, {P4}, com poderes para o ato, adiante designada por Empregadora;

e

SEGUNDA OUTORGANTE: {P3}, nascida em {DOB}, contribuinte fiscal n.º {PTNIF}, residente em
{ADDR2}, adiante designada por Trabalhadora;

é livremente e de boa-fé celebrado o presente contrato, que se rege pelas cláusulas seguintes:

Cláusula 1.ª — A Trabalhadora é admitida para exercer as funções de Técnica Administrativa,
no estabelecimento da Empregadora em {CITY}.
Cláusula 2.ª — O contrato tem início em {DATE} e a duração de seis meses, renovando-se
nos termos do Código do Trabalho.
Cláusula 3.ª — O período normal de trabalho é de 40 horas semanais, de segunda a sexta-feira,
das 09h00 às 18h00, com intervalo de uma hora para almoço.
Cláusula 4.ª — A retribuição base mensal ilíquida é de {AMT} €, acrescida de subsídio de
refeição no valor diário legalmente previsto.
Cláusula 5.ª — O termo justifica-se pelo acréscimo excecional de atividade resultante da
encomenda n.º {NUM}.
Cláusula 6.ª — A retribuição é paga por transferência bancária para o IBAN {IBAN}.
Cláusula 7.ª — Em tudo o que não estiver previsto aplica-se o Código do Trabalho e o
instrumento de regulamentação coletiva aplicável ao setor.

Feito em duplicado, em {CITY}, a {DATE2}, ficando cada outorgante com um exemplar.

A Empregadora                                      A Trabalhadora

______________________________                     ______________________________
({P4})                                             ({P3})
"""

TUNE["recibo_vencimento"] = """
{ORG}
RECIBO DE VENCIMENTO                                            Ref.ª {NUM}
--------------------------------------------------------------------------
Funcionária: {PU1}                          N.º mecanográfico: 0417
NIF: {PTNIF}            Categoria: Operadora de Armazém de 1.ª
Data de admissão: {DATE}                    Seguro AT: apólice {NUM}
--------------------------------------------------------------------------
Cód.  Descrição                          Qtd.       Abonos      Descontos
--------------------------------------------------------------------------
 001  Vencimento base                    30,00      {AMT}
 011  Subsídio de alimentação            21,00      {AMT}
 020  Trabalho suplementar 50%            6,00      {AMT}
 035  Subsídio de turno                   1,00      {AMT}
 501  Segurança Social 11%                                      {AMT}
 502  IRS — retenção na fonte                                   {AMT}
 530  Quota sindical                                            {AMT}
--------------------------------------------------------------------------
Total ilíquido: {AMT}        Total descontos: {AMT}        Líquido: {AMT}

Pago por transferência para {IBAN} em {DATE2}.
Processado por {IN2} — Recursos Humanos

Recebi o original ____________________________________
"""

TUNE["escala_turnos_csv"] = """
# Escala de turnos — {ORG} — semana {NUM}
# exportado em {DATE} às {TIME} por {fl4}
colaborador;função;seg;ter;qua;qui;sex;sáb;dom;contacto
"{PC1}";Chefe de Secção;M;M;T;T;F;F;M;{PHONE}
"{PC2}";Repositor;T;T;F;M;M;N;N;{PHONE2}
"{PC3}";Operadora de Caixa;F;M;M;M;T;T;F;
"{PC4}";Talho e Charcutaria;N;N;N;F;F;M;M;
"Reforço temporário (agência)";Repositor;;;;T;T;T;;

observação;responsável
"Trocas de turno só com autorização prévia de {P1}";{IN1}
"{F2} fica de prevenção no fim de semana";{IN1}
"{L3} de férias a partir de {DATE2}, substituída pelo reforço";{IN4}
"Inventário geral no domingo: todos às 07h00";{IN1}

# legenda: M = manhã 07:00-15:00 | T = tarde 15:00-23:00 | N = noite 23:00-07:00 | F = folga
"""

TUNE["referenciacao_consulta_hospitalar"] = """
SERVIÇO NACIONAL DE SAÚDE
{ORG}
Consulta de Medicina Geral e Familiar

PEDIDO DE PRIMEIRA CONSULTA HOSPITALAR (REFERENCIAÇÃO)

Utente: {PX3}
N.º de utente: {NUM}              Data de nascimento: {DOB}
Morada: {ADDR}
Contacto: {PHONE}

Especialidade pedida: Reumatologia
Prioridade:  [ ] Muito prioritário   [x] Prioritário   [ ] Normal
Instituição de destino: {ORG2}

Informação clínica:
Utente do sexo feminino com poliartralgias de ritmo inflamatório há cerca de quatro meses,
rigidez matinal superior a uma hora e tumefação das interfalângicas proximais de ambas as mãos.
VS e PCR elevadas (análises de {DATE}); fator reumatoide positivo.
Medicação habitual: Metformina 850 mg 2x/dia; Ibuprofeno 400 mg em SOS.
Antecedentes pessoais: Diabetes mellitus tipo 2. Antecedentes familiares: mãe, {P1}, seguida
por artrite reumatoide.

A Sr.ª {L3} refere agravamento nas últimas semanas, com dificuldade em abotoar a roupa.
Agradeço observação e orientação terapêutica.

{CITY}, {DATE2}
O Médico de Família,
Dr. {P2}
Cédula profissional n.º {NUM}
"""

TUNE["receituario_medico_br"] = """
Dra. {P1}
Clínica Médica — CRM {NUM}
{ORG}
{ADDR} · Tel. {PHONE}

                               RECEITUÁRIO

Paciente: {P4}
CPF: {CPF}                         Data de nascimento: {DOB}

USO ORAL

1) Amoxicilina 500 mg ................................ 21 cápsulas
   Tomar 1 (uma) cápsula de 8 em 8 horas, por 7 dias.

2) Dipirona Sódica 500 mg ............................ 10 comprimidos
   Tomar 1 (um) comprimido de 6 em 6 horas, se dor ou febre.

3) Loratadina 10 mg .................................. 1 caixa
   Tomar 1 (um) comprimido à noite, por 5 dias.

Orientações: hidratação oral abundante; repouso relativo.
Retorno em 10 dias ou antes, em caso de piora. Sr. {L4}, trazer o exame de sangue no retorno.

{CITY}, {DATE}

                                         ______________________________
                                         Dra. {P1}
                                         CRM {NUM}
"""

TUNE["procuracao_autenticada"] = """
PROCURAÇÃO

{PX1}, divorciada, natural da freguesia e concelho de {CITY}, nascida em {DOB}, contribuinte
fiscal n.º {PTNIF}, residente em {ADDR},

pelo presente instrumento constitui seu bastante procurador

{PX2}, casado, residente em {ADDR2},

a quem confere os mais amplos poderes para, em nome dela outorgante, vender a quem entender,
pelo preço e condições que tiver por convenientes, a fração autónoma designada pela letra "C",
descrita na Conservatória do Registo Predial de {CITY2} sob o n.º {NUM}; outorgar e assinar a
respetiva escritura ou documento particular autenticado; receber o preço e dar quitação;
requerer quaisquer atos de registo, provisórios ou definitivos; e representá-la perante o
Serviço de Finanças, a Câmara Municipal e quaisquer outras repartições públicas.

{CITY2}, {DATE}

A Outorgante,
_______________________________
({P1})

TERMO DE AUTENTICAÇÃO
No dia {DATE}, no meu escritório, perante mim, {P4}, advogado, associado de
{ORG}, compareceu {P1}, cuja identidade verifiquei pela exibição do respetivo cartão de
cidadão, e declarou que já leu a procuração que antecede, que o seu conteúdo exprime a sua
vontade e que a assinou pelo próprio punho.
Registado no sistema informático sob o n.º {NUM}.

O Advogado,
{IN4}
"""

TUNE["ficha_avaliacao_periodo"] = """
{ORG}
FICHA DE AVALIAÇÃO — 3.º PERÍODO — Ano letivo {YEAR}

Aluno(a): {PI3}                           N.º 14      Turma: 7.º B
Encarregado(a) de Educação: {P1}
Diretor(a) de Turma: Prof. {P2}

Disciplina                          Nível     Faltas
--------------------------------    -----     ------
Português                             4          2
Inglês                                5          0
Francês                               3          1
História                              4          0
Geografia                             4          0
Matemática                            3          3
Ciências Naturais                     4          1
Físico-Química                        3          0
Educação Visual                       5          0
Educação Física                       4          2
Cidadania e Desenvolvimento          Sat.        0

Apreciação global do Conselho de Turma:
A {F3} revelou empenho e uma evolução muito positiva ao longo do ano, sobretudo a Matemática,
onde beneficiou do apoio tutorial com o professor {L4}. Deve continuar a melhorar a
organização do caderno diário e a pontualidade.

Transita para o 8.º ano.

{CITY}, {DATE}
O Diretor de Turma                            Tomei conhecimento (EE)
{IN2}                                         ____________________
"""

TUNE["whatsapp_pais_turma"] = """
[{DATE} 19:02] {P1}: Boa noite a todos! Alguém sabe se a visita de estudo de sexta se mantém? A {F3} diz que a professora não falou nada 🙈
[{DATE} 19:05] {P2}: Mantém-se sim! Saída às 8h30 do portão principal
[{DATE} 19:05] {P2}: Levar lanche, água e chapéu
[{DATE} 19:11] {PHONE}: Boa noite, sou a mãe do {F4}. É preciso autorização assinada?
[{DATE} 19:12] {P2}: @{fl1} consegues partilhar o PDF da autorização? eu apaguei sem querer 😅
[{DATE} 19:20] {P1}: autorizacao_visita.pdf • 1 página <anexo>
[{DATE} 19:21] {P1}: Entregar à diretora de turma até quarta, assinada pelo EE
[{DATE} 19:24] {PHONE}: Obrigada {F1}!! 🙏
[{DATE} 19:30] {P4}: Boa noite. Os miúdos vão de autocarro ou cada pai leva o seu?
[{DATE} 19:31] {P2}: Vão todos de autocarro com a turma, {F4}. Regresso previsto às 17h
[{DATE} 19:31] {P4}: Ok obrigado {L2} 👍 é o cansaço, já não leio nada
[{DATE} 19:40] {P3}: Olá! Aqui é a {F3} mesmo, estou com o telemóvel da mãe 😁 a stôra disse que é preciso levar o caderno de campo
[{DATE} 19:41] {P1}: {F3} vai fazer os trabalhos de casa!!!
[{DATE} 19:41] {P1}: 😂 desculpem
[{DATE} 21:03] {P2}: Lembrete: reunião de pais dia {DATE2} às {TIME}, sala 12. Quem não puder ir avise a {L1} ou a mim
[{DATE} 21:10] {P4}: 👍
"""

TUNE["ata_assembleia_condominos"] = """
ATA N.º 37
ASSEMBLEIA GERAL ORDINÁRIA DE CONDÓMINOS
Prédio sito em {ADDR}

No dia {DATE}, pelas {TIME}, reuniu em segunda convocatória, na arrecadação comum do rés-do-chão,
a assembleia de condóminos do prédio acima identificado, com a presença ou representação dos
seguintes condóminos:

  Fração A  — {PI1} ................................... 95‰
  Fração B  — {PI2} ................................... 110‰
  Fração D  — {PI3}, representada por {P4} (procuração) . 110‰
  Fração F  — {ORG}, representada pelo sócio-gerente ...... 140‰

Presidiu à reunião o condómino {P2}, secretariado pela administração ({ORG2}).

Ordem de trabalhos:
1. Apreciação e votação das contas do exercício de {YEAR};
2. Orçamento e quotas para o próximo exercício;
3. Reparação da cobertura e infiltrações na fração A;
4. Outros assuntos.

Ponto 1 — As contas foram aprovadas por unanimidade dos presentes.
Ponto 2 — Aprovado o orçamento de {AMT} €, com quota mensal proporcional à permilagem.
Ponto 3 — A Sr.ª {L1} apresentou fotografias das infiltrações no teto da cozinha. Foram
analisados três orçamentos, tendo sido escolhido o de valor mais baixo ({AMT} €). O condómino
{L2} votou contra, por entender que a obra deve esperar pelo fim do inverno.
Ponto 4 — {F4}, em representação da fração D, pediu que se substitua a lâmpada da garagem.

Nada mais havendo a tratar, encerrou-se a sessão, da qual se lavrou a presente ata, que vai ser
assinada pelo presidente da mesa e pela administração.

O Presidente: ______________________ ({IN2})
A Administração: ___________________
"""

TUNE["ticket_suporte_json"] = """
{
  "ticket": "{NUM}",
  "estado": "Em curso",
  "prioridade": "Alta",
  "canal": "E-mail",
  "criado_em": "{DATE} {TIME}",
  "cliente": {
    "nome": "{P3}",
    "email": "{EMAIL3}",
    "telefone": "{PHONE}",
    "nif": "{PTNIF}",
    "morada_instalacao": "{ADDR}"
  },
  "atribuido_a": "{IN2}",
  "equipa": "Suporte Nível 2",
  "mensagens": [
    {"autor": "{P3}", "texto": "Boa tarde, o router voltou a desligar-se sozinho. Já fiz reset duas vezes e nada."},
    {"autor": "{P2}", "texto": "Olá {F3}, lamentamos o incómodo. Vamos agendar visita técnica; o técnico {P4} liga-lhe na véspera."},
    {"autor": "{P4}", "texto": "Sr.ª {L3}, confirma a visita para {DATE2} entre as 14h e as 18h?"},
    {"autor": "{P3}", "texto": "Confirmo. Se eu não estiver, a minha vizinha {F1} tem a chave."},
    {"autor": "sistema", "texto": "Visita técnica agendada. SLA: 48 h."}
  ],
  "etiquetas": ["fibra", "router", "reincidente"],
  "empresa_parceira": "{ORG}"
}
"""

TUNE["anuncios_classificados"] = """
CLASSIFICADOS                                             Edição de {DATE}
======================================================================

VENDE-SE apartamento T2, 3.º andar sem elevador, cozinha equipada, perto da escola
secundária. {AMT} mil euros, negociável. Tratar com {F1}: {PHONE}.

ARRENDA-SE quarto mobilado a estudante ou trabalhadora, despesas incluídas.
Sr. {L2}, das 18h às 21h — {PHONE2}.

PRECISA-SE de empregada de limpeza, 4 h/dia, com referências. Enviar currículo para
{EMAIL3}.

EXPLICAÇÕES de Matemática e Físico-Química (3.º ciclo e secundário), por professor
com longa experiência. Prof. {P4}, {ADDR}.

VENDO bicicleta de criança (roda 20), como nova. Entrego em {CITY}. Mensagem para {fl1}
no grupo de vendas da freguesia.

TRESPASSA-SE {ORG}, clientela fixa, por motivo de reforma. Contactar a proprietária,
D. {P3}.

OFEREÇO-ME para tomar conta de idosos no período noturno. {P1}, {PHONE}.
"""

TUNE["participacao_falecimento"] = """
                                   †

                         {PX1}

                      Nasceu em {DOB}
                      Faleceu em {DATE}

             Natural de {CITY}, residente em {CITY2}, viúva de {P2}.

Seus filhos, {P3} e {P4}, noras, genros, netos, bisnetos e restante família, na
impossibilidade de o fazerem pessoalmente, vêm por este meio participar o falecimento da
sua ente querida e agradecer a todas as pessoas que se dignaram acompanhá-la à sua última
morada ou que, de qualquer forma, lhes manifestaram o seu pesar.

O funeral realiza-se amanhã, pelas {TIME}, da capela mortuária da igreja matriz para o
cemitério local, após missa de corpo presente.

A missa do 7.º dia será celebrada no dia {DATE2}, às 19h00.

A família agradece em especial à equipa de cuidados continuados ({ORG2}).

Agência funerária: {ORG} — atendimento permanente {PHONE}
"""

TUNE["noticia_jornal_regional"] = """
SOCIEDADE

Padaria centenária volta a acender o forno depois do incêndio

Texto de {P3} | Fotografia de {IN4}
{CITY} · {DATE}

O estabelecimento {ORG} reabriu ontem as portas, seis meses depois do incêndio que destruiu o armazém e parte
da zona de fabrico. Às seis da manhã já havia fila à porta para o primeiro pão da casa.

"Pensei que era o fim. Foram os clientes que não nos deixaram desistir", conta {P2}, de 58
anos, terceira geração de padeiros da família. {L2} lembra que a recolha de fundos organizada
pela associação de moradores juntou mais de {AMT} euros em três semanas.

A presidente da junta de freguesia, {P1}, esteve presente na reabertura e sublinhou a
importância do comércio tradicional "para que as aldeias não fiquem vazias". Segundo a autarca,
a junta vai apoiar a recuperação de mais dois estabelecimentos afetados pelos incêndios do
último verão.

O forno a lenha, restaurado por artesãos de {CITY2}, mantém a traça original. Para {F2}, é
ali que está "o segredo da broa". A nova fornada de aprendizes começa em {DATE2}, com
formação dada pelo mestre padeiro {P4}.

Legenda: {P2} (à esquerda) e {P4} junto ao forno restaurado.
"""

TUNE["publicacao_facebook_comentarios"] = """
{P1}
{DATE} · 🌍

⚠️ CÃO PERDIDO ⚠️ Por favor partilhem!
O nosso cão fugiu ontem à noite durante a trovoada, perto do campo de futebol. É um rafeiro
castanho, de porte médio, com coleira vermelha e chip. É muito meigo mas assusta-se com barulho.
Quem o vir, por favor ligue para {PHONE} ou mande mensagem aqui. Os miúdos estão desfeitos 😢

👍❤️😢 214        58 comentários        131 partilhas

    {P3}
    Partilhado! Vi um cão igualzinho hoje de manhã junto à rotunda das bombas 🙏
    Gosto · Responder · 3 h

        {P1}
        {P3} obrigada!!! o {F2} vai já lá de carro
        Gosto · Responder · 3 h

    {P4}
    Falem com a {L3} do café, ela costuma dar comida aos cães da rua e conhece-os todos.
    Gosto · Responder · 2 h

    {P2}
    Estou na rotunda, nada por aqui. Vou seguir pela estrada velha. {F1} fica em casa caso ele volte
    Gosto · Responder · 2 h

    {ORG}
    Podem deixar um cartaz na nossa montra, nós ajudamos 💛
    Gosto · Responder · 1 h

{P1}
ATUALIZAÇÃO: ENCONTRADO!!! 🎉 Estava escondido na garagem do Sr. {L4}. Obrigada a todos, em
especial à {F3} e ao {IN4} 🙏❤️
"""

TUNE["convite_casamento"] = """
                 {PX3}                               {PX4}

         têm a honra de convidar V. Ex.ª e Família para a cerimónia
                    de casamento dos seus filhos

                              {P1}
                                 &
                              {P2}

          que se realizará no dia {DATE}, pelas {TIME},
                na igreja paroquial de {CITY}.

     Após a cerimónia, os noivos terão o prazer de receber os convidados
                           para um jantar:
                     {ORG}
                      {ADDR}


R.S.F.F. até {DATE2}
{F1}: {PHONE}          {F2}: {PHONE2}

Lista de presentes: {ORG2}
Para quem preferir, IBAN dos noivos: {IBAN}
"""

TUNE["confirmacao_reserva_viagem"] = """
CONFIRMAÇÃO DE RESERVA — BILHETE ELETRÓNICO
Localizador: {NUM}                                Emitido em {DATE}
Agência: {ORG}                                    Agente: {IN4}

PASSAGEIROS
  1. {PU1} / SRA         Adulto         Bilhete {NUM}
  2. {PU2} / SR          Adulto         Bilhete {NUM}
  3. {PU3} / MENINA      Criança (8)    Bilhete {NUM}

ITINERÁRIO
  Ida     {DATE2}   {CITY} → {CITY2}      partida {TIME}   chegada 23:40   1 bagagem 23 kg
  Volta   a confirmar                      tarifa flexível

ALOJAMENTO
  {ORG2} — quarto familiar com pequeno-almoço, 7 noites
  Titular da reserva: {PX1}

CONTACTOS DE EMERGÊNCIA
  {P4} — {PHONE}

PAGAMENTO
  Total: {AMT} €    Pago com cartão terminado em 4471 por {P1}
  Recibo enviado para {EMAIL1}

Apresente-se no balcão de check-in com, pelo menos, 2 horas de antecedência. Menores
acompanhados por apenas um dos progenitores devem levar autorização do outro.
"""

TUNE["exportacao_crm_tsv"] = (
    "# Exportação CRM — módulo Leads (separador: tabulação)\n"
    "# Filtro: responsável = {PC2}; período: último trimestre\n"
    "id_lead\tnome\tapelido\tempresa\temail\ttelefone\tcidade\testado\tresponsável\túltima_interação\tnota\n"
    "{NUM}\t{F1}\t{L1}\t{ORG}\t{EMAIL1}\t{PHONE}\t{CITY}\tQualificado\t{IN2}\t{DATE}\tPediu demo para a equipa de compras\n"
    "{NUM}\t{F3}\t{L3}\t{ORG2}\t{EMAIL3}\t\t{CITY2}\tNovo\t{IN2}\t{DATE2}\tVeio da feira; falar com {F1} antes\n"
    "{NUM}\t{F4}\t{L4}\t\t{EMAIL4}\t{PHONE2}\t{CITY}\tPerdido\t{IN2}\t{DATE}\tEscolheu concorrente (preço)\n"
    "{NUM}\t\t\t{ORG}\t\t\t{CITY2}\tEm contacto\t{IN2}\t{DATE2}\tPedido de orçamento via formulário do site\n"
    "\n"
    "# Relatório gerado automaticamente — carteira de {P2} ({EMAIL2})\n"
    "# Leads qualificados: 1 | novos: 1 | em contacto: 1 | perdidos: 1\n"
    "# Exportado por {fl2} em {DATE2} às {TIME} — uso interno, não divulgar\n"
)

TUNE["neg_ementa_restaurante"] = """
EMENTA DO DIA                                        Almoço servido das 12h00 às 15h00
====================================================================================

SOPAS
  Caldo Verde com Chouriço ........................................ {AMT} €
  Creme de Abóbora e Gengibre ..................................... {AMT} €

PEIXE
  Polvo à Lagareiro com Batata a Murro ............................ {AMT} €
  Bacalhau com Natas .............................................. {AMT} €
  Cachupa Rica (à Quinta-Feira) ................................... {AMT} €

CARNE
  Bitoque à Casa com Ovo a Cavalo ................................. {AMT} €
  Moamba de Galinha com Funge ..................................... {AMT} €
  Picanha Fatiada com Farofa e Vinagrete .......................... {AMT} €

VEGETARIANO
  Caril de Grão e Espinafres ...................................... {AMT} €

SOBREMESAS
  Leite-Creme Queimado · Mousse de Chocolate · Pudim Flan Caseiro
  Salada de Fruta da Época ........................................ {AMT} €

★ SUGESTÃO DO CHEF: Arroz de Marisco para 2 pessoas (pedir com 30 min de antecedência)

Menu Executivo (sopa + prato + bebida + café) ..................... {AMT} €
Couvert: Pão, Manteiga e Azeitonas — só é cobrado se consumido.

Informe o Empregado de Mesa sobre alergias e intolerâncias alimentares.
IVA incluído à taxa legal em vigor. Existe Livro de Reclamações.
"""

TUNE["neg_horario_autocarros"] = """
CARREIRA 405                           TERMINAL RODOVIÁRIO ⇄ HOSPITAL ⇄ ZONA INDUSTRIAL
Horário válido a partir de 1 de setembro de {YEAR}          DIAS ÚTEIS

PARAGEM                        |  1.ª  |  2.ª  |  3.ª  |  4.ª  |  5.ª  |  6.ª
-------------------------------+-------+-------+-------+-------+-------+------
Terminal Rodoviário            | 06:45 | 07:30 | 08:15 | 12:10 | 17:30 | {TIME}
Mercado Municipal              | 06:50 | 07:36 | 08:21 | 12:16 | 17:37 |  —
Escola Secundária              | 06:54 | 07:41 | 08:26 | 12:20 | 17:42 |  —
Centro de Saúde                | 06:58 | 07:46 | 08:31 | 12:25 | 17:47 |  —
Hospital (Urgência)            | 07:05 | 07:54 | 08:39 | 12:33 | 17:55 |  —
Quartel dos Bombeiros          | 07:09 | 07:58 | 08:43 | 12:37 | 17:59 |  —
Zona Industrial (Portaria)     | 07:15 | 08:05 | 08:50 | 12:44 | 18:06 |  —

SÁBADOS: apenas a 2.ª e a 5.ª circulação.   DOMINGOS E FERIADOS: não se efetua.

TARIFÁRIO
  Bilhete de Bordo ............... {AMT} €
  Passe Mensal Normal ............ {AMT} €
  Passe Sub-23 / Sénior .......... {AMT} €

AVISOS
  • Valide SEMPRE o seu Título de Transporte à entrada.
  • Dê prioridade a Grávidas, Idosos e Pessoas com Mobilidade Reduzida.
  • Horários sujeitos a alterações por motivo de obras na via. Consulte o Painel Informativo.
  • Perdidos e Achados: Balcão de Atendimento do Terminal, ref.ª {NUM}.
"""

# --------------------------------------------------------------------------------------------------
# Metade reservada (HELD): tipos de documento diferentes dos da metade de afinação
# --------------------------------------------------------------------------------------------------

HELD = {}

HELD["proposta_comercial_br"] = """
{ORG}
{ADDR}

{CITY}, {DATE}

À
{ORG2}
A/C Sr. {P4} — Gerente de Compras
{ADDR2}

Ref.: Proposta Comercial n.º {NUM} — fornecimento de uniformes profissionais

Prezado Senhor,

Em atenção à solicitação de V. S.ª, encaminhada por e-mail em {DATE2}, temos a satisfação de
apresentar nossa proposta para o fornecimento de 350 (trezentos e cinquenta) conjuntos de
uniformes, conforme especificações técnicas anexas.

  Item   Descrição                                    Qtde     Valor unit. (R$)
  01     Camisa polo piquê, bordado no peito          350      {AMT}
  02     Calça brim pesado, cós com elástico          350      {AMT}
  03     Jaqueta corta-vento com refletivo            120      {AMT}

Prazo de entrega: 30 (trinta) dias corridos após a aprovação da prova-piloto.
Condições de pagamento: 30/60 dias, mediante boleto bancário.
Validade da proposta: 15 dias.

Colocamo-nos à disposição para uma visita técnica, ocasião em que nossa consultora, Sra. {P3},
poderá apresentar as amostras de tecido. Aproveitamos para agradecer ao Sr. {L4} pela
indicação do nosso trabalho.

Atenciosamente,

{P1}
Executiva de Contas
{PHONE} | {EMAIL1}

c/c: {IN2} — Diretoria Financeira
"""

HELD["advertencia_disciplinar"] = """
ADVERTÊNCIA DISCIPLINAR POR ESCRITO

Empregador: {ORG}
Empregada: {P3}
CPF: {CPF}
Cargo: Auxiliar de Logística                 Matrícula: {NUM}
Setor: Expedição — turno da tarde

Prezada Sra. {L3},

Pela presente, fica V. S.ª advertida em razão de ter faltado ao serviço sem apresentar
justificativa nos dias {DATE} e {DATE2}, deixando a equipe de expedição desfalcada em
período de alta demanda, conforme relatado por seu supervisor imediato, Sr. {P2}.

Esclarecemos que a reiteração de faltas injustificadas poderá acarretar a aplicação de
penalidades mais severas, inclusive suspensão e rescisão do contrato de trabalho por justa
causa, nos termos do art. 482 da Consolidação das Leis do Trabalho.

Solicitamos que assine a segunda via desta advertência, que ficará arquivada em seu
prontuário. A assinatura indica apenas ciência, e não concordância com o teor do documento.

{CITY}, {DATE2}

_______________________________
{P2}
Supervisor de Operações

Ciente: _______________________      Data: ____/____/______

Testemunhas (em caso de recusa de assinatura):
1. {P4}          ______________________
2. {P1}          ______________________
"""

HELD["declaracao_entidade_patronal"] = """
                                  DECLARAÇÃO

Para os devidos efeitos, e a pedido da interessada, declara-se que {P1}, contribuinte n.º
{PTNIF}, nascida em {DOB}, residente em {ADDR}, é trabalhadora desta empresa desde {DATE},
com contrato de trabalho sem termo, exercendo atualmente as funções de Coordenadora de
Loja, com a retribuição base mensal ilíquida de {AMT} €, acrescida de subsídio de refeição.

Mais se declara que a referida trabalhadora não se encontra em período experimental, nem
tem contra si qualquer processo disciplinar pendente, e que a sua remuneração é paga por
transferência para a conta com o IBAN {IBAN}.

A presente declaração destina-se a instruir pedido de crédito à habitação junto da
instituição bancária escolhida pela Sr.ª D. {L1}, não podendo ser usada para outros fins.

Por ser verdade e me ter sido pedida, passo a presente declaração, que assino e autentico
com o carimbo em uso nesta empresa.

{CITY}, {DATE2}

{ORG}
A Diretora de Recursos Humanos

_____________________________
{P3}
Tel. {PHONE} · {EMAIL3}
"""

HELD["nota_alta_internamento"] = """
{ORG}
Serviço de Medicina Interna — Piso 3, Ala Sul

                              NOTA DE ALTA

Nome: {PU2}                               Processo n.º {NUM}
Data de nascimento: {DOB}                  Sexo: M
Data de admissão: {DATE}                   Data de alta: {DATE2}
Médica assistente: Dr.ª {P3}

MOTIVO DE INTERNAMENTO
Pneumonia adquirida na comunidade, lobo inferior direito, com insuficiência respiratória
parcial.

EVOLUÇÃO
Iniciou antibioterapia empírica com Amoxicilina/Ácido Clavulânico e Azitromicina, com boa
resposta clínica e analítica. Apirético desde o 3.º dia. Sem necessidade de oxigénio desde o
5.º dia. O Sr. {L2} manteve-se colaborante e deambula sem apoio.

MEDICAÇÃO À SAÍDA
  - Amoxicilina/Ácido Clavulânico 875/125 mg, 12/12 h, até completar 7 dias
  - Paracetamol 1 g, 8/8 h, se dor ou febre
  - Manter medicação habitual (Losartan 50 mg; Atorvastatina 20 mg)

DESTINO E ORIENTAÇÃO
Alta para o domicílio, acompanhado pela esposa, {P1} (contacto {PHONE}).
Consulta com o médico de família, Dr. {IN4}, dentro de 7 dias; radiografia de controlo a
pedir dentro de 6 semanas.
Regressar ao Serviço de Urgência se febre persistente, dispneia ou dor torácica.

A Médica,
{P3}
"""

HELD["boletim_analises_clinicas"] = """
{ORG}
Direção Técnica: Dr.ª {P3} — Especialista em Patologia Clínica
{ADDR}   ·   Tel. {PHONE}

BOLETIM DE RESULTADOS                                       Requisição n.º {NUM}
Utente: {PC4}                                   Data de nascimento: {DOB}
Médico requisitante: Dr. {IN2}                 Colheita: {DATE} às {TIME}
Entidade: particular                          Validação: {DATE2}

ANÁLISE                         RESULTADO     UNIDADES       VALORES DE REFERÊNCIA
------------------------------  ------------  -------------  ---------------------
HEMOGRAMA
  Eritrócitos                   4,62          x10^12/L       4,50 – 5,90
  Hemoglobina                   13,8          g/dL           13,0 – 17,5
  Leucócitos                    9,70          x10^9/L        4,00 – 11,00
  Plaquetas                     251           x10^9/L        150 – 400
BIOQUÍMICA
  Glicose (jejum)             * 118           mg/dL          70 – 100
  Colesterol total            * 226           mg/dL          < 190
  Colesterol HDL                48            mg/dL          > 40
  Triglicéridos                 141           mg/dL          < 150
  Creatinina                    0,94          mg/dL          0,70 – 1,20
  TSH                           2,10          µUI/mL         0,40 – 4,00

* Valor fora do intervalo de referência.

Resultados validados por {P1}, técnica superior de laboratório.
Este boletim só é válido com assinatura digital do laboratório.
"""

HELD["registo_lembretes_sms"] = """
REGISTO DE ENVIOS — LEMBRETES DE CONSULTA
{ORG}                                           Data de envio: {DATE}
Operador: envio automático                      Modelo: LEMBRETE_48H

Hora    Destinatário                 Canal    Estado       Conteúdo
------  ---------------------------  -------  -----------  -------------------------------------------
08:00   {PU1}                        SMS      Entregue     "Sr.ª {L1}, lembramos a sua consulta de
        {PHONE}                                              Medicina Dentária a {DATE2} às {TIME}.
                                                             Para desmarcar responda NAO."
08:00   {PU3}                        E-mail   Aberto       "Cara {F3}, a sua sessão de Higiene Oral
        {EMAIL3}                                             está confirmada. Traga o cartão de
                                                             beneficiário."
08:01   {PU4}                        SMS      Falhou       "Sr. {L4}, lembramos a consulta de
        {PHONE2}                                             Ortodontia do seu filho. Em caso de
                                                             dúvida ligue para a receção."
08:01   {PU2}                        E-mail   Devolvido    "Exmo. Sr. {P2}, a sua consulta de
        {EMAIL2}                                             Implantologia foi reagendada."

Resumo: 4 envios · 2 entregues/abertos · 2 com erro (reenviar manualmente)
"""

HELD["escritura_compra_venda"] = """
ESCRITURA DE COMPRA E VENDA

No dia {DATE}, no Cartório Notarial de {CITY}, perante mim, {P4}, respetivo notário,
compareceram como outorgantes:

PRIMEIRO: {P2}, contribuinte fiscal n.º {PTNIF}, casado com {P1} sob o regime da comunhão de
adquiridos, natural da freguesia de {CITY2}, residente em {ADDR}, que intervém por si e na
qualidade de procurador do cônjuge, conforme procuração que arquivo;

SEGUNDA: {P3}, solteira, maior, nascida em {DOB}, residente em {ADDR2}.

Verifiquei a identidade dos outorgantes pela exibição dos respetivos cartões de cidadão.

E PELO PRIMEIRO OUTORGANTE FOI DITO:
Que, pela presente escritura, em nome próprio e em representação da sua mulher, vende à
segunda outorgante, pelo preço de {AMT} euros, já recebido, a fração autónoma designada pela
letra "B", correspondente ao primeiro andar esquerdo, destinada a habitação, do prédio
urbano em regime de propriedade horizontal, descrito na Conservatória do Registo Predial sob o
número {NUM} e inscrito na matriz predial urbana sob o artigo 1123.

PELA SEGUNDA OUTORGANTE FOI DITO:
Que aceita esta venda nos termos exarados e que a fração se destina a sua habitação própria
e permanente.

Assim o disseram e outorgaram.
Esta escritura foi lida aos outorgantes e a eles explicado o seu conteúdo.

_________________________    _________________________    _________________________
{IN2}                        {IN3}                        O Notário
"""

HELD["citacao_processo_civel"] = """
TRIBUNAL JUDICIAL DA COMARCA DE {CITY}
Juízo Local Cível — Juiz 2
Processo n.º {NUM}                          Ação de Processo Comum

Autora: {ORG}
Réu: {P2}

                                 CITAÇÃO
                        (com a advertência legal)

Fica V. Ex.ª citado(a) para, no prazo de 30 (trinta) dias, contestar, querendo, a ação acima
identificada, cujo duplicado da petição inicial e documentos se juntam.

Adverte-se que a falta de contestação importa a confissão dos factos articulados pela autora
e que é obrigatória a constituição de mandatário judicial.

Ao prazo de defesa acresce uma dilação de 5 (cinco) dias, por a citação ter sido realizada em
pessoa diversa do citando, a saber, {P1}, que declarou residir com o réu e se comprometeu a
entregar-lhe o expediente.

Mandatária da autora: Dr.ª {P3}, {ORG2}, {EMAIL3}

Data: {DATE}
A Oficial de Justiça,
{P4}

---------------------------------------------------------------
Destinatário:
{PX2}
{ADDR}
"""

HELD["boletim_ocorrencia_br"] = """
SECRETARIA DA SEGURANÇA PÚBLICA
POLÍCIA CIVIL — DELEGACIA DE POLÍCIA DO 4.º DISTRITO

BOLETIM DE OCORRÊNCIA N.º {NUM}
Natureza: Furto qualificado (art. 155, § 4.º, CP)          Registro: {DATE2} {TIME}

DATA DO FATO: {DATE}, por volta das 03h00
LOCAL: {ADDR} — via pública, em frente ao n.º indicado

VÍTIMA
  Nome: {PX1}
  CPF: {CPF}          Nascimento: {DOB}
  Telefone: {PHONE}   E-mail: {EMAIL1}

TESTEMUNHA
  Nome: {PX4}
  Telefone: {PHONE2}

OBJETO(S)
  01 motocicleta, cor vermelha, placa e chassi conforme documento apresentado.

HISTÓRICO
Comparece nesta unidade policial a vítima acima qualificada, noticiando que estacionou sua
motocicleta em frente à residência por volta das 22h e que, ao acordar, constatou a subtração
do veículo. Segundo a vítima, o vizinho {P4} teria ouvido barulho de corrente sendo cortada de
madrugada e visto dois indivíduos empurrando a moto em direção à avenida. A Sra. {L1} informa
ainda que a câmera da padaria da esquina pode ter registrado a ação.
Nada mais.

Autoridade: Delegado de Polícia {P2}
Escrivã: {IN3}
"""

HELD["caderneta_recados_escola"] = """
CADERNETA ESCOLAR — RECADOS E COMUNICAÇÕES

------------------------------------------------------------------
{DATE}

Exmo(a). Sr(a). Encarregado(a) de Educação,

Informo que o seu educando, {F4}, não trouxe o material de Educação Visual pela terceira
vez este mês, o que o impediu de realizar o trabalho de avaliação. Solicito que verifique a
mochila diariamente.

                                   A Diretora de Turma, {IN3}

Tomei conhecimento. Peço desculpa pelo sucedido; o material ficou em casa do pai. Já falei
com o {F4} e não voltará a acontecer.
                                   {P1} (mãe)
------------------------------------------------------------------
{DATE2}

Autorizo o meu educando a sair sozinho da escola às 15h00 de quinta-feira, para ir à consulta
no dentista com o avô, {P2}, que o espera ao portão.
                                   A Encarregada de Educação, {IN1}

Visto. Informo a portaria.          {L3}
------------------------------------------------------------------
"""

HELD["contrato_arrendamento_habitacao"] = """
CONTRATO DE ARRENDAMENTO PARA FIM HABITACIONAL COM PRAZO CERTO

PRIMEIRO OUTORGANTE (Senhorio): {P4}, contribuinte n.º {PTNIF}, residente em {ADDR2};
SEGUNDA OUTORGANTE (Arrendatária): {P3}, nascida em {DOB}, residente à data em {CITY};
FIADOR: {P2}, residente em {CITY2}, que se constitui principal pagador.

Entre os outorgantes é celebrado o presente contrato, que se rege pelas cláusulas seguintes:

PRIMEIRA
O Senhorio é dono e legítimo possuidor da fração autónoma correspondente ao 2.º andar direito
do prédio sito em {ADDR}, com licença de utilização emitida pela Câmara Municipal.

SEGUNDA
O arrendamento tem início em {DATE} e é celebrado pelo prazo de 3 (três) anos, renovando-se
automaticamente por períodos sucessivos de igual duração, salvo oposição nos termos da lei.

TERCEIRA
A renda mensal é de {AMT} €, a pagar até ao dia 8 do mês anterior àquele a que respeitar,
por transferência para o IBAN {IBAN}, titulado pelo Senhorio.

QUARTA
A Arrendatária entrega nesta data o valor correspondente a duas rendas, a título de caução.

QUINTA
É vedado à Arrendatária sublocar ou ceder, no todo ou em parte, o locado sem autorização
escrita do Senhorio. Animais de companhia: autorizados (um gato).

SEXTA
Para qualquer comunicação, o Senhorio indica o telemóvel {PHONE} e a Arrendatária o endereço
{EMAIL3}.

Feito em triplicado, em {CITY2}, a {DATE2}.

O Senhorio                 A Arrendatária               O Fiador
________________           ________________             ________________
"""

HELD["fatura_recibo"] = """
{ORG}
{ADDR}
Tel. {PHONE}  ·  {EMAIL2}
Capital social 5 000 € · Conservatória do Registo Comercial

                                                     FATURA-RECIBO
                                                     N.º FR {YEAR}/{NUM}
                                                     Data: {DATE}
                                                     Original

Exmo.(a) Sr.(a)
{P3}
{ADDR2}
NIF: {PTNIF}

| Cód.   | Descrição                              | Qtd. | Preço unit. | IVA | Total     |
|--------|----------------------------------------|-----:|------------:|----:|----------:|
| SRV-01 | Mão de obra — substituição de esquentador |  3 h |   {AMT} | 23% |     {AMT} |
| MAT-17 | Esquentador estanque 11 L               |    1 |       {AMT} | 23% |     {AMT} |
| MAT-22 | Kit de exaustão e ligações              |    1 |       {AMT} | 23% |     {AMT} |
| DSL-01 | Deslocação                              |    1 |       {AMT} | 23% |     {AMT} |

Incidência: {AMT} €     IVA 23%: {AMT} €     TOTAL: {AMT} €
Meio de pagamento: Multibanco     Pago em {DATE2}

Garantia do equipamento: 3 anos. Técnico responsável: {IN4}
Operador: {fl2}
Processado por programa certificado n.º 2231/AT — documento emitido por {P2}
"""

HELD["declaracao_amigavel_acidente"] = """
PARTICIPAÇÃO DE SINISTRO AUTOMÓVEL — DECLARAÇÃO AMIGÁVEL (transcrição)
Seguradora: {ORG2}                      Processo de sinistro n.º {NUM}

1. Data do acidente: {DATE}          Hora: {TIME}
2. Local: rotunda junto ao parque industrial, {CITY}
3. Feridos, ainda que ligeiros:  [ ] sim   [x] não
4. Danos materiais noutros veículos além de A e B:  [ ] sim   [x] não
5. Testemunhas: {P4}, {ADDR}, tel. {PHONE2}

                 VEÍCULO A                            VEÍCULO B
Tomador do seguro  {PU1}                              {ORG}
Condutor           {PU1}                              {PU2}
Morada             {ADDR2}                            —
Telefone           {PHONE}                            —
Marca/modelo       Ligeiro de passageiros, cinzento   Furgão de mercadorias, branco

Circunstâncias (assinalar):
  A [x] circulava numa rotunda                       B [ ] circulava numa rotunda
  A [ ] entrava numa rotunda                         B [x] entrava numa rotunda
  A [ ] mudava de via                                B [ ] não respeitou sinal de prioridade

Observações do condutor A:
"O condutor do furgão entrou na rotunda sem parar e embateu na porta traseira direita. O Sr.
{L2} reconheceu de imediato a falta e assinámos os dois a declaração."

Assinaturas:  A ______________ ({IN1})        B ______________ ({IN2})

Recebido por: gestora de sinistros {P3}, {EMAIL3}
"""

HELD["boletim_informativo_clube"] = """
=====================================================
   {ORG}
   BOLETIM INFORMATIVO N.º 42 · {DATE}
=====================================================

EDITORIAL
Caros sócios, a época fecha com o melhor resultado dos últimos dez anos. A Direção agradece a
todos os atletas, treinadores e pais que tornaram isto possível — e em especial ao nosso
tesoureiro, {P2}, que deixa o cargo depois de doze anos de casa.

RESULTADOS
  • Natação: a nossa atleta {P3} conquistou a prata nos 200 m mariposa no Campeonato
    Regional. Parabéns, {F3}!
  • Canoagem: a dupla {L4}/{L2} ficou em 4.º lugar na Taça de Inverno.

AGENDA
  {DATE2}  Assembleia geral — sede, {TIME}
  Sábado   Torneio de abertura dos infantis (inscrições até quinta)

ANIVERSARIANTES DO MÊS
  {PI1} · {PI4} · {PI3}

QUOTAS
Lembramos que as quotas do 2.º semestre ({AMT} €) podem ser pagas na secretaria ou por
transferência para o IBAN {IBAN}, indicando o número de sócio.

CONTACTOS
Secretaria: {PHONE} · Coordenadora técnica: {P1} ({EMAIL1})
{ADDR}
"""

HELD["telegram_grupo_vizinhos"] = """
Vizinhos do Bairro 🏘️
{P2}, [{DATE} 21:14]
Alguém ouviu o alarme do carro há bocado? Tocou uns 10 minutos

{P3}, [{DATE} 21:16]
Sim!! Era um carro cinzento à frente do prédio 7. Já liguei para a PSP

{P2}, [{DATE} 21:17]
Obrigado {F3} 👍

{P4}, [{DATE} 21:30]
Aproveito para lembrar: a recolha de monos é na terça. Quem tiver móveis velhos deixe junto
ao contentor a partir das 20h

{P1}, [{DATE} 21:42]
[Em resposta a {P4}]
Só aceitam com marcação! Liguem para o {PHONE} da junta antes

{P4}, [{DATE} 21:43]
Ah ok, não sabia. Obrigado {F1}

{P3}, [{DATE} 22:05]
@{fl2} o teu estendal voou outra vez para a varanda da D. {L1} 😂 está lá guardado

{P2}, [{DATE} 22:06]
🙈 passo aí amanhã de manhã. Desculpe, D. {L1}!

{P1}, [{DATE} 22:10]
Não há problema. Ah, e reunião da associação de moradores a {DATE2} às {TIME}, na
sala cedida por {ORG}. Tragam ideias para a festa de verão 🎉
"""

HELD["exportacao_xml_clientes"] = """
<?xml version="1.0" encoding="UTF-8"?>
<exportacao sistema="gestao_clientes" data="{DATE}" operador="{fl4}">
  <entidade>{ORG}</entidade>
  <clientes>
    <cliente id="{NUM}" tipo="particular">
      <nome>{P1}</nome>
      <nif>{PTNIF}</nif>
      <nascimento>{DOB}</nascimento>
      <contactos>
        <email>{EMAIL1}</email>
        <telemovel>{PHONE}</telemovel>
      </contactos>
      <morada>{ADDR}</morada>
      <iban>{IBAN}</iban>
    </cliente>
    <cliente id="{NUM}" tipo="particular">
      <nome apelido="{L3}">{F3}</nome>
      <contactos>
        <email>{EMAIL3}</email>
        <telemovel>{PHONE2}</telemovel>
      </contactos>
      <morada>{ADDR2}</morada>
      <observacoes>Cliente indicada por {P2}; preferência por contacto depois das 18h.</observacoes>
    </cliente>
    <cliente id="{NUM}" tipo="empresa">
      <nome>{ORG2}</nome>
      <pessoa_contacto>{PC4}</pessoa_contacto>
      <email>{EMAIL4}</email>
      <localidade>{CITY}</localidade>
    </cliente>
  </clientes>
  <gerado_por>{IN2}</gerado_por>
</exportacao>
"""

HELD["slack_equipa_armazem"] = """
#logistica-armazem-norte

{P3}  9:02
Bom dia equipa! @{fl2} já tens o inventário da zona C? A auditoria é amanhã às {TIME}

{P2}  9:05
Quase. Faltam as paletes do corredor 14, o {F4} ficou de as contar ontem e não fechou o ficheiro

{P4}  9:11
Desculpem, fechei agora. Está na pasta partilhada 📁 inventario_zonaC_final_v3.xlsx

{P3}  9:12
Top, obrigada {F4} 🙌

{P1}  9:30
Pessoal, aviso dos RH: quem ainda não entregou a declaração de férias tem até {DATE}.
Dúvidas comigo ou com a {L3}

{P2}  9:31
@{fl1} posso marcar a semana de {DATE2}? Já falei com o {L4} e ele fica a cobrir

{P1}  9:35
Pode ser, mas confirma no portal. Ah, e o transportador ({ORG}) pediu o contacto do
responsável de cais: passei o teu, {F2} — {PHONE}

{P2}  9:36
👍

{P3}  10:48
Lembrete: visita do cliente {ORG2} na quinta. Fardamento completo e cais arrumado, por favor 🙏
"""

HELD["tabela_voluntarios_markdown"] = """
# Campanha de Recolha de Alimentos — Escala de Voluntários

**Data:** {DATE}  ·  **Coordenação:** {P1} ({EMAIL1})  ·  **Organização:** {ORG}

| Turno       | Local              | Responsável | Telemóvel | Voluntários                 |
|-------------|--------------------|-------------|-----------|-----------------------------|
| 09h – 13h   | {ORG2}             | {P2}        | {PHONE}   | {IN3}, {IN4}                |
| 13h – 17h   | {ORG2}             | {P3}        | {PHONE2}  | {F1}, {F2} e dois escuteiros |
| 17h – 21h   | Armazém da paróquia | {P4}       | —         | equipa de carga              |

## Notas

- Os coletes e os sacos estão na sede; quem abre é o {F2} às 08h30.
- A {L3} leva a carrinha para o último turno — confirmar com ela até {DATE2}.
- Menores só com autorização dos pais (modelo em anexo).
- Qualquer problema no local, ligar primeiro para o responsável de turno e só depois para a
  coordenação ({F1}).

> "Obrigada a todos! No ano passado recolhemos mais de 4 toneladas." — {IN1}
"""

HELD["anuncio_nascimento_batizado"] = """
                      ✿  É UMA MENINA!  ✿

Com muita alegria, {P1} e {P2} anunciam o nascimento da sua filha

                          {PX3}

nascida a {DATE}, às {TIME}, com 3,150 kg e 49 cm (maternidade: {ORG}).
Mãe e bebé estão ótimas e já em casa; o pai ainda não dormiu 😴

Os avós, {P4} e família, e os padrinhos convidam para o batizado, que se realizará no
dia {DATE2}, às 11h00, na igreja matriz de {CITY}, seguido de almoço
(restaurante: {ORG2}).

Agradecemos confirmação até ao fim do mês:
  {F1} — {PHONE}
  {F2} — {PHONE2}

Em vez de presentes, a pequena {F3} agradece contributos para a sua conta-poupança:
IBAN {IBAN}

Bem-vinda, {F3}! 💕
"""

HELD["folha_presencas_formacao"] = """
FOLHA DE PRESENÇAS — AÇÃO DE FORMAÇÃO
Entidade formadora: {ORG}                     Ação n.º {NUM}
Curso: Higiene e Segurança Alimentar (HACCP) — 25 h
Local: {ADDR}
Sessão: {DATE}, das {TIME} às 18h00
Formador(a): {PX3}

N.º  NOME COMPLETO                         NIF / CPF              ENTRADA   SAÍDA   ASSINATURA
---  ------------------------------------  ---------------------  -------   -----   ---------------
01   {PU1}                                 {PTNIF}                09:00     18:00   _______________
02   {PU2}                                 {CPF}                  09:10     18:00   _______________
03   {PU4}                                 —                      09:00     13:00   _______________
04   Formando(a) desistente                —                      —         —       —

Observações:
- {IN4} saiu às 13h00 por motivo de serviço (justificação entregue à coordenação).
- A formanda {L1} pediu cópia do manual em formato digital, enviado para {EMAIL1}.
- Próxima sessão: {DATE2}.

Formador(a): ______________________      Coordenação pedagógica: ______________________
             ({P3})                                             (carimbo e data)
"""

HELD["neg_receita_bolo_bolacha"] = """
BOLO DE BOLACHA SEM FORNO
Sobremesa Tradicional · Doses: 8 · Tempo: 30 min + 4 h de Frigorífico · Dificuldade: Fácil

INGREDIENTES
  - 2 Pacotes de Bolacha Maria (cerca de 400 g)
  - 250 g de Manteiga sem Sal, à temperatura ambiente
  - 200 g de Açúcar em Pó
  - 2 Gemas de Ovo
  - 2 Chávenas de Café Forte, frio
  - 1 Cálice de Vinho do Porto (opcional)
  - Cacau em Pó ou Bolacha Ralada para decorar

PREPARAÇÃO
1. BATA a Manteiga com o Açúcar em Pó até obter um creme fofo e esbranquiçado.
2. JUNTE as Gemas, uma a uma, sem parar de bater.
3. MISTURE o Café com o Vinho do Porto num prato fundo.
4. PASSE cada Bolacha rapidamente pelo Café — não deixe amolecer demasiado!
5. FORME uma camada de Bolachas no fundo da Travessa e cubra com Creme.
6. REPITA as camadas até terminar, acabando com Creme.
7. POLVILHE com Bolacha Ralada e leve ao Frigorífico pelo menos 4 horas.

DICAS DO CHEF
  • Para uma versão sem Ovo, substitua as Gemas por 200 ml de Natas batidas.
  • Na Versão Tropical, troque o Vinho do Porto por Leite de Coco e Maracujá.
  • Conserva-se até 3 dias no Frigorífico, bem tapado com Película Aderente.

Custo estimado: {AMT} € · Calorias por Fatia: 410 kcal
"""

HELD["neg_regulamento_piscina"] = """
PISCINA MUNICIPAL — REGULAMENTO DE UTILIZAÇÃO
Época Balnear {YEAR}

HORÁRIO
  Segunda a Sexta .......... 10h00 – 13h00 | 15h00 – 20h00
  Sábado, Domingo e Feriados  10h00 – 20h00
  Encerramento técnico à Terça de manhã para Manutenção.

É OBRIGATÓRIO
  1. Tomar Duche antes de entrar no Tanque.
  2. Usar Touca de Banho e Fato de Banho próprio (proibidos Calções de Passeio).
  3. Circular no Cais apenas com Chinelos.
  4. Apresentar o Cartão de Utente ou o Bilhete Diário na Receção.

É PROIBIDO
  • Correr, Empurrar ou Saltar de Cabeça na zona de Pouca Profundidade.
  • Comer ou Beber no Cais da Piscina.
  • Entrar com Vidros, Colunas de Som ou Bolas de Couro.
  • Utilizar o Tanque Grande sem saber nadar.

CRIANÇAS
Menores de 12 anos só podem entrar acompanhados por Adulto Responsável.
Braçadeiras e Boias são obrigatórias para quem não sabe nadar.

PREÇÁRIO
  Entrada Adulto ........ {AMT} €
  Entrada Criança ....... {AMT} €
  Cartão 10 Entradas .... {AMT} €

ATENÇÃO: Siga SEMPRE as indicações do Nadador-Salvador.
O Incumprimento deste Regulamento implica a Expulsão do Recinto, sem direito a Reembolso.
Reclamações: Livro de Reclamações disponível na Receção. Regulamento n.º {NUM}.
"""
