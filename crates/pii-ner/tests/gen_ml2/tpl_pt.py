"""Portuguese templates (Portugal and Brazil) for the second multilingual generalization set.

Names: hand-compiled lists of given and family names common in Portugal and Brazil and in their larger
immigrant communities (Cape Verdean, Angolan, Ukrainian, Brazilian-Japanese, Italian-Brazilian), of the
kind recorded as Wikidata given-name / family-name items (CC0). None taken from a fake-data library.
Organisation names and mail domains are invented.
"""

pt = "pt"

GIVEN_F = [
    # Portugal
    "Matilde", "Carolina", "Margarida", "Catarina", "Sofia", "Madalena", "Teresa", "Helena", "Patrícia",
    "Sónia", "Cristina", "Isabel", "Luísa", "Diana", "Vera", "Susana", "Andreia", "Bárbara", "Benedita",
    "Maria do Rosário", "Fátima", "Lurdes", "Odete", "Glória", "Natália", "Mafalda", "Constança",
    "Maria Luísa", "Maria do Céu",
    # Brazil
    "Larissa", "Camila", "Juliana", "Letícia", "Aline", "Débora", "Priscila", "Vanessa", "Renata",
    "Rosângela", "Kátia", "Lívia", "Yasmin", "Isadora", "Maria Eduarda", "Jaqueline", "Heloísa",
    "Giovana", "Rafaela",
    # Cape Verde, Angola
    "Dulce", "Eunice", "Nilza", "Jandira", "Luzia", "Joaquina", "Esperança",
    # Ukraine
    "Oksana", "Iryna", "Olena", "Tetiana", "Halyna",
    # Brazilian-Japanese
    "Akemi", "Mayumi", "Keiko",
]

GIVEN_M = [
    # Portugal
    "Duarte", "Tomás", "Afonso", "Martim", "Henrique", "Vasco", "Filipe", "Hélder", "Armando", "Manuel",
    "António", "Joaquim", "Fernando", "Alberto", "Artur", "Hugo", "Simão", "Diogo", "Bernardo", "Gaspar",
    "Vítor", "Mário", "Custódio", "Albano", "Amadeu", "Américo", "Manuel Joaquim",
    # Brazil
    "Matheus", "Gustavo", "Felipe", "Leandro", "Márcio", "Rogério", "Wellington", "Anderson", "Cleber",
    "Juliano", "Renan", "Otávio", "Guilherme", "Marcos", "Davi", "Heitor", "Murilo", "Raimundo",
    "Severino", "Valdir", "Everton", "Luiz Henrique", "Marcos Antônio", "Luiz Gustavo",
    # Cape Verde, Angola
    "Adilson", "Edson", "Nelson", "Djalma", "Ailton", "Adelino", "Teodoro", "Domingos",
    # Ukraine
    "Oleksandr", "Taras", "Mykola", "Bohdan", "Yaroslav",
    # Brazilian-Japanese, Italian-Brazilian
    "Hiroshi", "Kenji", "Massao", "Enzo", "Angelo",
]

FAMILY = [
    # Portugal (several are ordinary words: Pinto, Coelho, Rocha, Leite, Lobo, Serra, Guerra, Salgado)
    "Pinto", "Coelho", "Rocha", "Pinheiro", "Leite", "Carneiro", "Cordeiro", "Lobo", "Ramos", "Campos",
    "Vieira", "Correia", "Machado", "Mendes", "Nunes", "Soares", "Fonseca", "Monteiro", "Matos", "Esteves",
    "Morais", "Pires", "Antunes", "Nogueira", "Sequeira", "Serra", "Guerra", "Seixas", "Salgado", "Calado",
    "Amaral", "Baptista", "Pacheco", "Peixoto", "Brandão", "Magalhães", "Louro", "Quaresma", "Sampaio",
    "Vasconcelos", "Figueiredo", "Raposo", "Paiva", "Simões", "Loureiro", "Faria", "Valente", "Aguiar",
    "do Carmo", "dos Reis", "de Sá",
    # Brazil
    "Nascimento", "Cavalcanti", "Albuquerque", "Siqueira", "Bezerra", "Arruda", "Bittencourt", "Xavier",
    "Medeiros", "Prado", "Freitas", "Araújo", "Barbosa", "Queiroz", "Brito", "Aragão", "Fagundes",
    # Cape Verde, Angola
    "Tavares", "Semedo", "Varela", "Furtado", "Fortes", "Évora", "Delgado", "Van-Dúnem", "Kiala",
    "Cassoma", "Chipenda", "Mingas", "Neto",
    # Ukraine
    "Kovalenko", "Bondarenko", "Shevchuk", "Tkachenko", "Melnyk", "Boyko",
    # Brazilian-Japanese
    "Nakamura", "Tanaka", "Yamamoto", "Watanabe", "Higa", "Miyazaki",
    # Italian-Brazilian
    "Zanella", "Bertoldi", "Pellegrini", "Tonon", "Marchetti", "Pizzolatto",
]

CITIES = [
    # Portugal
    "Setúbal", "Viseu", "Guimarães", "Leiria", "Évora", "Beja", "Viana do Castelo", "Castelo Branco",
    "Amarante", "Tomar", "Odivelas", "Almada", "Barcelos", "Mirandela", "Portimão", "Caldas da Rainha",
    "Ponta Delgada", "Funchal", "Vila Real", "Fafe",
    # Brazil
    "Campinas", "Fortaleza", "Manaus", "Belém", "Goiânia", "Florianópolis", "Natal", "Londrina",
    "Juiz de Fora", "Petrópolis", "Caxias do Sul", "Sorocaba", "Uberlândia", "Feira de Santana",
    "Maringá", "Blumenau", "Ribeirão Preto", "Olinda",
]

STREETS = [
    # Portugal
    "Rua Cândido dos Reis", "Avenida da República", "Rua 5 de Outubro", "Travessa do Moinho",
    "Praça da Igreja", "Rua do Souto", "Rua da Boavista", "Avenida dos Combatentes", "Rua de São Bento",
    "Rua das Fontainhas", "Estrada Nacional 125", "Praceta das Acácias", "Urbanização da Encosta",
    # Brazil
    "Rua XV de Novembro", "Avenida Sete de Setembro", "Rua Marechal Deodoro", "Rua das Palmeiras",
    "Rua Barão do Rio Branco", "Rua Tiradentes", "Estrada do Campo Limpo", "Rua Visconde de Mauá",
]

ORGS = [
    "Transportes Ribavelha, Lda.",
    "Cerâmica Alvorinha, S.A.",
    "Tecnoverde Soluções Ambientais Ltda.",
    "Quintela & Filhos, Lda.",
    "Construções Vale do Arzil, Lda.",
    "Agropecuária Serra Azulina Ltda.",
    "Laticínios Campo Doce Ltda.",
    "Clínica Dentária Sorrimar, Lda.",
    "Metalúrgica Ferlusa S.A.",
    "Cooperativa Agrícola de Vale Fundeiro, CRL",
    "Associação Recreativa e Cultural da Ribeira Mansa",
    "Fundação Estrela Nortenha",
    "Mourato, Vilaça & Associados – Sociedade de Advogados, SP, RL",
    "Contarigor – Contabilidade e Gestão, Unipessoal Lda.",
    "Imobiliária Casaluz Ltda.",
    "Distribuidora Nortevale Ltda.",
    "Padaria e Confeitaria Trigo Dourado Ltda. ME",
    "Têxteis Linhavera, S.A.",
    "Bytelusa Informática, Lda.",
    "Atlantimar Seguros, S.A.",
    "Grupo Vianorte, SGPS, S.A.",
    "Cooperativa de Habitação Lar Solidário, CRL",
    "Transportadora Rodalvo Ltda.",
    "Hotelaria Miramontes, Lda.",
    "Grémio Recreativo Estrela da Várzea",
    "Ótica Visãoclara EIRELI",
    "Pestarolo & Irmãos Ltda.",
    "Centro Social Sol Nascente, IPSS",
    "CTV – Consultoria Técnica do Vouga, Lda.",
    "AMBR – Associação de Moradores do Bairro Rosado",
    "Brasmontes Engenharia e Obras S/A",
]

MAIL_DOMAINS = [
    "correiolusa.pt", "sardinha-mail.pt", "netribeira.pt", "postigo.pt",
    "caixapostal.com.br", "tucanomail.com.br", "emailjangada.com.br",
]

TUNE = {
    "lembrete_consulta": """
{ORG}: Lembrete de consulta
Sra. D. {P1}, tem consulta de Medicina Geral e Familiar no dia {DATE}, às {TIME}, com a Dra. {L3}.
Local: {ADDR}
Traga o Cartão de Cidadão e o cartão de utente. Se não puder comparecer, desmarque pelo {PHONE} com 24 horas de antecedência.
Esta mensagem foi enviada automaticamente. Por favor não responda.
""",
    "pedido_consulta_hospitalar": """
UNIDADE DE SAÚDE FAMILIAR — Pedido de Consulta Hospitalar
Especialidade: Ortopedia          Prioridade: Normal
Utente: {PU1}          N.º de utente: {NUM}
Data de nascimento: {DOB}
Morada: {ADDR}          Contacto: {PHONE}

Exmo(a). Colega,
Envio a D. {F1} por gonalgia direita com agravamento nos últimos três meses, sem melhoria com AINE nem com fisioterapia. Rx do joelho em anexo, com sinais de gonartrose.
Agradeço a observação e a orientação que entender adequada.
{CITY}, {DATE}
O Médico de Família,
Dr. {P2}
""",
    "cupom_farmacia": """
{ORG}
{ADDR} — Fone {PHONE}
DANFE NFC-e — Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica
001  DIPIRONA MONOIDRATADA 500MG 10 CP     1 UN x 6,49
002  PROTETOR SOLAR FPS 50 200ML            1 UN x 59,90
003  SORO FISIOLÓGICO 0,9% 500ML            2 UN x 7,35
Qtd. total de itens: 4          VALOR TOTAL R$ {AMT}
Forma de pagamento: Cartão de Débito
CONSUMIDOR — CPF: {CPF} — {P1}
NFC-e n.º {NUM} Série 1 — Emissão: {DATE} {TIME}
Farmacêutica responsável: {P3}
Consulte pela Chave de Acesso no portal da SEFAZ do seu estado.
""",
    "pauta_escolar": """
Agrupamento de Escolas de {CITY}
PAUTA DE AVALIAÇÃO — 1.º PERÍODO — 8.º Ano, Turma C
N.º | Nome | Port. | Ing. | Mat. | C.N. | F.Q. | Hist.
4 | {PI1} | 4 | 5 | 3 | 4 | 4 | 5
9 | {PI2} | 3 | 3 | 2 | 3 | 3 | 4
15 | {PI3} | 5 | 4 | 5 | 5 | 4 | 4
21 | {PI4} | 3 | 4 | 3 | 3 | 2 | 3
Reunião do Conselho de Turma de {DATE}.
A Diretora de Turma: ______________
O Diretor: ______________
Afixada nos Serviços Administrativos. Os Encarregados de Educação podem pedir esclarecimentos no horário de atendimento.
""",
    "ata_direcao_associacao": """
ATA N.º 14 — Reunião da Direção da Associação de Pais
No dia {DATE}, pelas {TIME}, reuniu na sala de professores a Direção da Associação de Pais e Encarregados de Educação, estando presentes:
- {P3}, Presidente
- {P2}, Tesoureiro
- {PC1}, Secretária
- {IN4}, Vogal
Ponto um — Festa de Natal: ficou decidido que o lanche será oferecido por {ORG}, tendo a Presidente agradecido o contacto feito pelo Sr. {L2}.
Ponto dois — Quotas: o Tesoureiro informou que estão por pagar 23 quotas; a D. {F1} ficou de enviar um lembrete por e-mail a todos os associados.
Nada mais havendo a tratar, foi encerrada a reunião, da qual se lavrou a presente ata, que vai ser assinada pela Presidente e pela Secretária.
""",
    "resposta_anuncio_aluguel": """
De: {P3} <{EMAIL3}>
Para: {EMAIL2}
Assunto: Re: Apartamento 2 quartos para alugar — anúncio {NUM}

Oi, {F2}, tudo bem?
Vi seu anúncio do apartamento em {CITY} e tenho muito interesse. Sou enfermeira no Hospital Regional, moro sozinha com minha gata e tenho fiador. Daria pra visitar no sábado de manhã?
Meu celular é {PHONE}, pode chamar no WhatsApp também.
Abraço,
{F3}
""",
    "carta_candidatura": """
{P1}
{ADDR}
Telemóvel: {PHONE} | {EMAIL1}
Ao Departamento de Recursos Humanos de {ORG}
{CITY}, {DATE}
Assunto: Candidatura à vaga de Técnica de Contabilidade (ref.ª {NUM})
Exmos. Senhores,
Na sequência do anúncio publicado no vosso site, venho apresentar a minha candidatura. Sou licenciada em Gestão e trabalho há quatro anos em {ORG2}, onde sou responsável pelo processamento salarial e pelo fecho de contas mensal, sob a orientação do Dr. {L2}.
Tenho disponibilidade imediata e gostaria muito de integrar a vossa equipa. Junto o meu curriculum vitae e fico ao dispor para uma entrevista.
Com os melhores cumprimentos,
{P1}
""",
    "declaracao_entidade_patronal": """
{ORG}
DECLARAÇÃO
Para os devidos efeitos, declara-se que {P2}, contribuinte n.º {PTNIF}, nascido a {DOB}, é trabalhador desta empresa desde {DATE}, com contrato de trabalho sem termo, exercendo as funções de Técnico de Manutenção Industrial em regime de tempo inteiro.
Mais se declara que o Sr. {L2} aufere a retribuição base mensal ilíquida de {AMT} €, acrescida de subsídio de alimentação.
Por ser verdade e nos ter sido solicitada, passa-se a presente declaração, que vai assinada e autenticada com o carimbo em uso nesta empresa.
{CITY}, {DATE2}
A Diretora de Recursos Humanos,
{P3}
""",
    "recibo_vencimento": """
{ORG}
RECIBO DE VENCIMENTO — Data de processamento: {DATE}
Nome: {PU4}
N.º Mecanográfico: {NUM}          Categoria: Operador de Armazém de 1.ª
NIF: {PTNIF}          Seguro de Acidentes de Trabalho: Apólice em vigor
IBAN: {IBAN}
Vencimento Base ......................... 1 045,00
Subsídio de Alimentação (22 dias) ......... 132,00
Retenção IRS ................................ -71,00
Segurança Social (11%) ..................... -114,95
Líquido a receber: {AMT} €
""",
    "participacao_sinistro": """
PARTICIPAÇÃO DE SINISTRO — Seguro Multirriscos Habitação
Seguradora: {ORG}          Apólice n.º {NUM}
Tomador do Seguro: {P1}          NIF: {PTNIF}
Local do risco: {ADDR}
Contactos: {PHONE} / {EMAIL1}
Data e hora do sinistro: {DATE}, cerca das {TIME}
Descrição: Rotura de um tubo da canalização na casa de banho do andar de cima, fração do Sr. {P2}, que provocou uma infiltração no teto da sala e danificou o soalho e um aparador.
O Sr. {L2} foi avisado no próprio dia e já mandou reparar o tubo.
Testemunha: {P4} (administrador do condomínio), tel. {PHONE2}
Declaro que as informações prestadas são verdadeiras.
{CITY}, {DATE2}          O Tomador do Seguro: ______________
""",
    "grupo_whatsapp_pais": """
Pais do 3º ano B 🎒
[{TIME}] {F1}: Boa noite, gente! A professora {F3} pediu pra lembrar que sexta tem passeio no Museu de Ciências, precisa mandar a autorização assinada
[{TIME}] {F2}: Obrigado, {F1}! Precisa mandar lanche?
[{TIME}] {F1}: Precisa sim, e garrafinha de água 💧
{fl4}: o {F2} consegue dar carona pro meu filho na sexta? vou estar de plantão
{fl2}: consigo sim, passo aí 7h
{fl4}: valeu demais 🙏
""",
    "email_reencaminhado": """
Olá {F4}, reencaminho o orçamento de que te falei ao jantar. Vê lá o que achas. Beijinhos, {F1}

---------- Mensagem reencaminhada ---------
De: {P2} <{EMAIL2}>
Data: {DATE}, {TIME}
Assunto: Orçamento remodelação cozinha
Para: {P1} <{EMAIL1}>

Cara D. {F1},
Segue em anexo o orçamento revisto, já com a bancada em pedra e sem a substituição do esquentador, como combinámos. Os trabalhos podem começar na semana a seguir à Páscoa.
Cumprimentos,
{IN2}
{ORG}
""",
    "aviso_de_passagem": """
AVISO DE PASSAGEM
Destinatário: {PX1}
Morada: {ADDR}
Tentámos entregar o seu objeto registado n.º {NUM} no dia {DATE}, às {TIME}, mas não se encontrava ninguém na morada indicada.
Remetente: {ORG}
O objeto fica disponível para levantamento durante 10 dias úteis na Loja de {CITY}, mediante apresentação deste aviso e de um documento de identificação.
Pode também pedir uma nova entrega pelo {PHONE}.
""",
    "avaliacao_cliente": """
Avaliação de {fl3}.m sobre {ORG} — {DATE}
★★☆☆☆  "Entrega atrasada, mas o atendimento salvou"
Comprei uma geladeira duplex na Black Friday e só chegou depois de duas semanas. Liguei várias vezes e ninguém sabia informar nada. Quem resolveu foi o atendente {F2}, super educado, que abriu um chamado e me ligou de volta no mesmo dia. Dou duas estrelas pela demora; o produto em si é ótimo.

Resposta da empresa:
Olá, {F3}! Lamentamos muito pelo atraso e agradecemos o elogio ao {F2}, vamos repassar pra ele. Qualquer coisa, estamos à disposição.
""",
    "anuncio_classificado": """
VENDE-SE T2 em {CITY}
Apartamento remodelado, 3.º andar com elevador, cozinha equipada, lugar de garagem e arrecadação. Perto da Escola Básica, do Centro de Saúde e da paragem do autocarro. Certificado Energético B.
Preço: 185 000 € (negociável)
Contactar {P2} pelo {PHONE} (depois das 19h) ou {EMAIL2}.
Não se aceitam imobiliárias.
""",
    "comprovativo_transferencia": """
Comprovativo de Transferência SEPA
Data de execução: {DATE}          Hora: {TIME}
Conta de origem: Conta à Ordem n.º ****2231
Ordenante: {PU1}
Beneficiário: {P2}
IBAN do beneficiário: {IBAN}
Montante: {AMT} EUR          Encargos: 0,00 EUR
Descritivo: Renda de março — {ADDR}
Referência da operação: {NUM}
Este comprovativo não dispensa a consulta do extrato da sua conta.
""",
    "ficha_registo_hotel": """
FICHA DE REGISTO DE HÓSPEDE          Quarto n.º 214
Apelido(s): {L1}          Nome(s) próprio(s): {F1}
Data de nascimento: {DOB}          Nacionalidade: Brasileira
Documento de identificação: Passaporte n.º {NUM}
Residência habitual: {ADDR}
Telefone: {PHONE}          E-mail: {EMAIL1}
Chegada: {DATE}          Partida: {DATE2}
Acompanhante: {P2}
Faturar a: {ORG}
Regime: Alojamento e Pequeno-Almoço
Assinatura do hóspede: ______________
""",
    "escala_voluntarios": """
ESCALA DE VOLUNTÁRIOS — Campanha de Recolha de Alimentos
Sábado, 9h–13h .......... {PI1}, {PI2}
Sábado, 13h–17h ......... {PI3}
Domingo, 9h–13h ......... {PI4}, {PI1}
Coordenação: {P3} ({PHONE})
Ponto de encontro: entrada do hipermercado, {ADDR}
Os coletes e os sacos são entregues no local. Quem não puder vir, avise a {F3} com antecedência, por favor!
""",
    "boletim_analises": """
LABORATÓRIO DE ANÁLISES CLÍNICAS — {ORG}
Utente: {PC1}
Data de nascimento: {DOB}          Sexo: F
N.º de utente SNS: {NUM}
Médico requisitante: Dr. {P2}
Colheita: {DATE} {TIME}          Validação: {DATE2}
Análise                     Resultado       Valores de referência
Hemoglobina                 12,9 g/dL        12,0 – 15,5
Glicose em jejum            94 mg/dL         70 – 110
TSH                         2,1 µUI/mL       0,4 – 4,0
A Diretora Técnica: Dra. {IN3}
""",
    "resultados_atletismo": """
Secção de Atletismo — Resultados do fim de semana
Grande Prémio de {CITY} (10 km), {DATE}
Masculinos: 1.º {PU2} (33:48), 6.º {PU4} (36:10)
Femininos: 2.ª {PU1} (39:02, recorde pessoal!), 8.ª {PU3} (44:55)
Parabéns a todos! O {F2} está em grande forma para a Meia Maratona de {CITY2}.
Treinos às terças e quintas, às {TIME}, na Pista Municipal. Novos atletas são bem-vindos.
""",
    "regulamento_piscina": """
PISCINA MUNICIPAL — NORMAS DE UTILIZAÇÃO
1. É obrigatório o uso de touca e de chinelos na Zona de Banhos.
2. Antes de entrar na água, tome duche no Balneário.
3. A Pista 1 está reservada à Natação Livre; as Pistas 2 e 3 às Escolas de Natação e à Hidroginástica Sénior.
4. Crianças com menos de 10 anos só podem entrar acompanhadas por um adulto.
5. O Nadador-Salvador e a Receção podem recusar a entrada a quem não cumpra estas Normas.
Horário de Verão: segunda a sexta, das 7h30 às 21h; sábado, das {TIME} às 20h. Encerra em Feriados Nacionais.
A Direção do Complexo Desportivo
""",
    "folheto_medicamento": """
Folheto informativo: Informação para o utilizador
Paracetamol Ratiofarmo 1 g Comprimidos
Leia com atenção todo este folheto antes de começar a tomar este medicamento.
1. O que é e para que é utilizado: analgésico e antipirético, indicado em dores ligeiras a moderadas e Febre.
2. Não tome se tem alergia à Substância Ativa ou doença grave do Fígado.
3. Adultos: 1 comprimido de 6 em 6 horas, no máximo 3 comprimidos por dia.
Conservar a temperatura inferior a 25 °C. Manter fora da vista e do alcance das Crianças.
Titular da Autorização de Introdução no Mercado: ver embalagem. Lote {NUM}.
Este folheto foi revisto pela última vez na data indicada na embalagem.
""",
    "ementa_cantina": """
CANTINA ESCOLAR — EMENTA DA SEMANA
Segunda: Creme de Cenoura | Pescada no Forno com Batata Cozida | Fruta da Época
Terça: Caldo Verde | Frango Estufado com Arroz Branco | Gelatina
Quarta: Sopa de Feijão-Verde | Bacalhau com Natas | Maçã Assada
Quinta: Canja | Esparguete à Bolonhesa | Laranja
Sexta: Sopa Juliana | Douradinhos com Salada Russa | Iogurte
Opção Vegetariana disponível mediante marcação até às {TIME} do dia anterior.
A Ementa pode sofrer alterações por motivos de fornecimento. Aprovada pela Nutricionista do Município.
""",
}

HELD = {
    "atestado_medico": """
ATESTADO MÉDICO
Atesto, para os devidos fins, que o Sr. {P2}, portador do CPF {CPF}, esteve sob meus cuidados profissionais nesta data, devendo permanecer afastado de suas atividades laborais por 3 (três) dias a partir de {DATE}, por motivo de doença.
CID-10: J11 (informado com autorização do paciente).
{CITY}, {DATE2}.
______________________
Dra. {P3}
Clínica Geral — CRM {NUM}
{ORG}
""",
    "citacao_tribunal": """
Tribunal Judicial da Comarca de {CITY}
Juízo Local Cível — Juiz 2          Processo n.º {NUM}
CITAÇÃO
Exma. Senhora
{P1}
{ADDR}
Fica V. Ex.ª citada para, no prazo de 30 dias, contestar, querendo, a ação declarativa de condenação que lhe é movida por {ORG}, com a advertência de que a falta de contestação importa a confissão dos factos articulados pelo Autor.
O mandatário do Autor é o Dr. {P2}, advogado, com escritório na {ADDR2}.
Data: {DATE}
A Oficial de Justiça,
{IN3}
""",
    "escritura_compra_venda": """
ESCRITURA DE COMPRA E VENDA
No dia {DATE}, no Cartório Notarial de {CITY}, perante mim, {P3}, Notária, compareceram como outorgantes:
PRIMEIRO: {P2}, contribuinte fiscal n.º {PTNIF}, casado com {P1} sob o regime da comunhão de adquiridos, natural de {CITY2}, residente na {ADDR};
SEGUNDO: {P4}, solteiro, maior, residente na {ADDR2}.
Verifiquei a identidade dos outorgantes pela exibição dos respetivos Cartões de Cidadão.
E pelo primeiro outorgante foi dito: Que, pela presente escritura, com o consentimento da mulher, vende ao segundo outorgante, livre de ónus ou encargos, a fração autónoma designada pela letra «C».
""",
    "convite_casamento": """
{PX3}          {PX4}
convidam para a cerimônia religiosa do casamento de sua filha
{F1}
com
{P2}
a realizar-se no dia {DATE}, às {TIME}, na Igreja Matriz de Nossa Senhora das Graças, em {CITY}.
Após a cerimônia, os noivos receberão os convidados no salão de festas, {ADDR}.
Confirmar presença até {DATE2} pelo {PHONE}.
""",
    "participacao_falecimento": """
PARTICIPAÇÃO DE FALECIMENTO
{PX2}
({CITY}, {DOB} — {CITY2}, {DATE})
Sua esposa, {P1}, filhos, noras, netos e restante família participam o falecimento do seu ente querido e informam que o funeral se realiza amanhã, pelas {TIME}, da Capela Mortuária para o Cemitério Paroquial, após missa de corpo presente na Igreja Matriz.
A família agradece desde já a todas as pessoas que se dignarem acompanhar o seu ente querido à última morada ou que de qualquer outra forma manifestem o seu pesar.
Funerária: tel. {PHONE}
""",
    "boletim_paroquial": """
Boletim Paroquial — Avisos da Semana
Catequese: as inscrições para o novo ano decorrem no Cartório Paroquial até ao fim do mês. Informações com a catequista {P1}, às terças, depois da Missa das {TIME}.
Festa de Santo António: a Comissão de Festas, presidida pelo Sr. {P2}, agradece a todos os que ajudaram na quermesse e no arraial. Um agradecimento especial à D. {F3}, que voltou a fazer os arranjos de flores do andor.
Conferência Vicentina: precisamos de roupa de criança e de bens alimentares. Entregar na sacristia ou contactar {IN4} ({PHONE}).
O Pároco
""",
    "chat_atendimento": """
Atendimento online — Protocolo {NUM}
[{TIME}] Sistema: {fl2}84 entrou no chat. Você está sendo atendido(a) por {F3}.
[{TIME}] {F3}: Olá! Seja bem-vindo(a). Com quem eu falo?
[{TIME}] Cliente: {P2}
[{TIME}] {F3}: Obrigada, {F2}! Por segurança, pode me confirmar o CPF do titular?
[{TIME}] Cliente: {CPF}
[{TIME}] {F3}: Perfeito. Vi aqui que a fatura com vencimento em {DATE} ainda consta em aberto.
[{TIME}] Cliente: paguei ontem pelo app, tenho o comprovante
[{TIME}] {F3}: Sem problema! Vou enviar um link para o e-mail cadastrado ({EMAIL2}) para você anexar o comprovante. A baixa acontece em até 3 dias úteis.
[{TIME}] Sistema: Atendimento encerrado. Avalie nosso atendimento de 1 a 5.
""",
    "resposta_automatica": """
Assunto: Resposta automática: Re: Pedido de orçamento
Obrigada pela sua mensagem.
Encontro-me ausente do escritório, em férias, até {DATE}, com acesso limitado ao correio eletrónico.
Para assuntos urgentes, por favor contacte a minha colega {P3} ({EMAIL3}, {PHONE}) ou o Departamento Comercial.
Com os melhores cumprimentos,
{P1}
Gestora de Cliente | {ORG}
""",
    "post_forum": """
Fórum Cidadania & Imigração › Documentação › Transcrição de casamento
{fl4}.br escreveu em {DATE}:
Boa tarde, pessoal! Alguém fez recentemente a transcrição da certidão de casamento pelo consulado em {CITY}? Dei entrada há quatro meses e ainda aparece "em análise". Minha esposa já tem a cidadania, eu estou esperando essa etapa.
---
Resposta de {fl1}_{YEAR}:
Oi {F4}! Aqui demorou uns cinco meses. Dica: mande e-mail pro setor de Registo Civil com o número do processo, me responderam em uma semana.
---
Resposta de {fl3}:
Concordo com a {F1}. E confere se a certidão brasileira é de inteiro teor, senão eles devolvem.
""",
    "fatura": """
{ORG}
{ADDR}
FATURA N.º FT {YEAR}/{NUM}          Original
Data de emissão: {DATE}          Data de vencimento: {DATE2}
Exmo(a). Senhor(a)
{P2}
{ADDR2}
NIF: {PTNIF}
Descrição                                   Qtd.    Preço unit.    IVA
Manutenção anual de caldeira mural            1        85,00       23%
Total a pagar: {AMT} €
Pagamento por transferência bancária para o IBAN {IBAN}
Processado por programa certificado n.º 2718/AT
""",
    "reserva_viagem": """
Confirmação de reserva — Localizador {NUM}
Passageiros:
1. {PU1} (Adulto)
2. {PU2} (Adulto)
Ida: {CITY} → {CITY2}, {DATE}, embarque {TIME}
Volta: {CITY2} → {CITY}, {DATE2}
Bagagem: 1 mala de 23 kg por passageiro + item pessoal
Contato do titular: {EMAIL1} / {PHONE}
Agência emissora: {ORG}
Faça o check-in online a partir de 48 horas antes do voo. Apresente-se no portão de embarque com documento oficial com foto.
""",
    "contrato_aluguer_viatura": """
CONTRATO DE ALUGUER DE VIATURA N.º {NUM}
Locatário: {P4}
Data de nascimento: {DOB}          NIF: {PTNIF}
Morada: {ADDR}          Telemóvel: {PHONE}
2.º Condutor: {P3}
Levantamento: {CITY}, {DATE}, {TIME}
Devolução: {CITY2}, {DATE2}
Viatura: Grupo B (Utilitário, caixa manual) — Combustível: cheio/cheio
Franquia: 1 200 € — Seguro Super CDW: Não subscrito
O Locatário declara ter recebido a viatura em bom estado e conhecer as Condições Gerais.
Assinatura do Locatário: ______________
""",
    "talao_emprestimo": """
Biblioteca Municipal de {CITY}
Talão de empréstimo domiciliário
Leitor: {PC3}          Cartão n.º {NUM}
Data: {DATE}  {TIME}
1. Os Maias
2. Guia Prático da Horta em Vasos
3. Contos Tradicionais Portugueses
Devolver até: {DATE2}
Atendido por: {IN1}
Pode renovar os empréstimos na Receção ou pelo telefone {PHONE}.
""",
    "passagem_turno": """
Passagem de turno — Medicina Interna, Piso 3 — Noite de {DATE}
Entrega: Enf.ª {P1}          Recebe: Enf. {P2}
Cama 12 — Sr. {L4}, 81 A: dispneia ao esforço, O2 a 2 L/min, saturações 94%. Aguarda ecocardiograma.
Cama 15 — D. {F3}: noite tranquila, dor controlada. Alta prevista amanhã; a filha vem buscá-la depois do almoço.
Cama 17: glicemia das {TIME} de 287 mg/dL, feita insulina conforme protocolo; avisado o médico de serviço.
Pendentes: pedir transporte para a D. {F3}; repetir hemograma ao Sr. {L4}.
""",
    "ficha_veterinaria": """
CLÍNICA VETERINÁRIA — Ficha de atendimento
Tutor(a): {PC1}          CPF: {CPF}
Telefone: {PHONE}          E-mail: {EMAIL1}
Paciente: Pipoca — canina, SRD, fêmea, 4 anos, 11,2 kg
Data: {DATE}
Anamnese: vômitos desde ontem, apetite diminuído. Tutora relata que a Pipoca comeu osso de frango no domingo.
Conduta: ultrassom abdominal, antiemético, dieta leve por 3 dias. Retorno em uma semana.
Médica Veterinária responsável: Dra. {IN3}
""",
    "atestado_residencia": """
Junta de Freguesia de {CITY}
ATESTADO DE RESIDÊNCIA
{P4}, Presidente da Junta de Freguesia de {CITY}, atesta, para efeitos de matrícula escolar, que {P1}, contribuinte n.º {PTNIF}, nascida a {DOB}, reside na {ADDR}, nesta freguesia, há mais de cinco anos.
O presente atestado é passado com base nas declarações de dois eleitores recenseados na freguesia, {IN2} e {IN3}.
Por ser verdade, passa-se o presente atestado, que vai assinado e autenticado com o selo branco em uso nesta Junta.
Junta de Freguesia de {CITY}, {DATE}
O Presidente da Junta,
{P4}
""",
    "irs_modelo3_rosto": """
DECLARAÇÃO DE RENDIMENTOS — IRS — MODELO 3 — ROSTO
Ano dos rendimentos: {YEAR}          Serviço de Finanças: {CITY}
Quadro 3 — Identificação do(s) Sujeito(s) Passivo(s)
Sujeito Passivo A: {PX2}          NIF: {PTNIF}
Sujeito Passivo B: {PX1}
Quadro 4 — Estado civil: Casados          Quadro 5 — Opção pela tributação conjunta: Sim
Quadro 6 — Dependentes: D1 — {PX3}
Quadro 8 — Residência fiscal: Continente
Quadro 11 — IBAN para reembolso: {IBAN}
""",
    "memorando_interno": """
MEMORANDO INTERNO
Para: Todos os Colaboradores do Armazém e da Logística
De: {P3}, Diretora de Operações
Cc: Eng.º {P2}; {IN4}
Data: {DATE}
Assunto: Inventário anual — encerramento do armazém
Informamos que o inventário anual decorre na próxima sexta-feira e no sábado, não havendo expedições nesses dias. As equipas de contagem serão coordenadas pelo Eng.º {L2}; as escalas serão afixadas na Portaria até quarta-feira.
Dúvidas sobre horários e horas extraordinárias devem ser enviadas para {EMAIL2}.
""",
    "comunicado_imprensa": """
COMUNICADO DE IMPRENSA
{CITY}, {DATE} — {ORG} anuncia a abertura de uma nova unidade de produção em {CITY2}, um investimento que vai criar cerca de 120 postos de trabalho até ao final do próximo ano.
«Este é um passo decisivo para a nossa expansão no mercado ibérico», afirmou {P4}, presidente do Conselho de Administração. Segundo {L4}, a nova fábrica vai funcionar em três turnos e dar prioridade à contratação local.
A vereadora do Desenvolvimento Económico, {P1}, sublinhou a importância do projeto para o concelho.
Contacto para a imprensa: {P3} | {EMAIL3} | {PHONE}
""",
    "cabecalho_cv": """
CURRICULUM VITAE
{PX1}
Data de nascimento: {DOB} | Nacionalidade: Portuguesa
{ADDR}
Telem.: {PHONE} | E-mail: {EMAIL1}
PERFIL
Engenheira Civil com oito anos de experiência em direção de obra, fiscalização e coordenação de segurança.
EXPERIÊNCIA PROFISSIONAL
{YEAR} – atual: Diretora de Obra — {ORG}, {CITY}
""",
    "carta_recomendacao": """
{ORG}
{CITY}, {DATE}
CARTA DE RECOMENDAÇÃO
A quem possa interessar,
Recomendo com satisfação {P2}, que trabalhou sob minha supervisão como analista de suporte durante três anos. Nesse período, {F2} demonstrou responsabilidade, ótimo relacionamento com a equipe e muita disposição para aprender.
O {F2} deixa a empresa por iniciativa própria, para se mudar para {CITY2}, e tenho certeza de que será um excelente profissional onde quer que esteja.
Coloco-me à disposição pelo telefone {PHONE} ou pelo e-mail {EMAIL3}.
Atenciosamente,
{P3}
Gerente de Projetos
""",
    "boletim_ocorrencia": """
Polícia Civil — Delegacia de Polícia de {CITY}
BOLETIM DE OCORRÊNCIA N.º {NUM}
Natureza: Furto (art. 155 do Código Penal)
Data/hora do fato: {DATE}, {TIME}
Local: {ADDR}
Vítima: {PX1}, nascida em {DOB}, CPF {CPF}, fone {PHONE}
Histórico: Comparece nesta unidade policial a vítima acima qualificada, noticiando que teve seu aparelho celular subtraído da bolsa enquanto aguardava no ponto de ônibus. Segundo a declarante, o fato foi presenciado pelo vigilante {P2}, que descreveu o autor como um homem de boné vermelho.
Delegada de Polícia: Dra. {P3}
Escrivão: {IN4}
""",
    "recado_caderneta": """
Caderneta do Aluno — Recados
{DATE}
Exma. Encarregada de Educação,
Informo que o {F2} não trouxe o trabalho de casa de Matemática pela terceira vez esta semana e tem estado distraído nas aulas. Agradecia que conversasse com ele sobre o assunto.
Estou disponível para falar consigo na quinta-feira, às {TIME}, no horário de atendimento.
Com os melhores cumprimentos,
A Diretora de Turma, {P3}
Tomei conhecimento. Obrigada, vou falar com ele. — {P1}
""",
    "marcacao_exames_conducao": """
ESCOLA DE CONDUÇÃO — Marcação de Exames
Exame Teórico (Código) — {DATE}, às {TIME}, Centro de Exames de {CITY}
  {PI3}          Categoria B
  {PI2}          Categoria A2
Exame Prático — {DATE2}
  {PI4}          Categoria B          Instrutora: {F1}
Os candidatos devem apresentar-se 30 minutos antes da hora marcada, com o Cartão de Cidadão e a Licença de Aprendizagem.
Faltas não justificadas implicam o pagamento de nova taxa de exame.
""",
    "manual_maquina_lavar": """
GUIA RÁPIDO — MÁQUINA DE LAVAR ROUPA
1. Rode o Seletor de Programas até ao programa pretendido: Algodão, Sintéticos, Lã, Delicados ou Rápido 15'.
2. Prima Início/Pausa. O visor mostra o tempo restante.
3. Para lavagens com pouca sujidade, ative a função Eco antes de iniciar.
Se o visor mostrar E21, limpe o Filtro da Bomba (porta inferior direita) e reinicie o Programa.
Não utilize a Máquina sem ter retirado os Parafusos de Transporte.
Em caso de avaria, contacte a Assistência Técnica indicando o Modelo e o n.º de série ({NUM}).
""",
    "aviso_interrupcao_agua": """
SERVIÇOS MUNICIPALIZADOS DE ÁGUA E SANEAMENTO
AVISO À POPULAÇÃO
Informa-se que, por motivo de reparação urgente de uma conduta na Zona Alta, o abastecimento de água será interrompido na próxima terça-feira a partir das {TIME}, por um período previsto de seis horas.
Serão afetados o Bairro Novo, a Urbanização do Pinhal, o Mercado Municipal e a Escola Secundária.
Após o restabelecimento, a água poderá apresentar-se turva durante alguns minutos.
Pelo incómodo causado, apresentamos as nossas desculpas.
O Conselho de Administração
""",
    "termos_garantia": """
CERTIFICADO DE GARANTIA
Este Produto beneficia de uma Garantia de 3 anos a contar da data de compra, nos termos do Decreto-Lei aplicável à venda de Bens de Consumo.
A Garantia não cobre danos causados por quedas, humidade, utilização indevida ou reparações efetuadas fora da Rede de Assistência Autorizada.
Para acionar a Garantia, apresente a Fatura ou o Talão de Compra no Ponto de Venda ou contacte a Linha de Apoio ao Cliente (dias úteis, das {TIME} às 20h).
Guarde este Certificado juntamente com o comprovativo de compra.
Referência do artigo: {NUM}
""",
}
