"""Modelos em português para o terceiro conjunto multilíngue de generalização (ver gen_ml3.py).

Portuguese templates for the third multilingual generalization set (see gen_ml3.py), escritos de raiz
para este conjunto, em português nativo (norma europeia e norma brasileira, conforme o documento):
cartas, documentos de RH, clínicos, jurídicos e administrativos, conversas, atas, pautas, formulários,
exportações, faturas, notícias e anúncios, tal como se escrevem em Portugal e no Brasil.

Nomes: listas compiladas à mão de nomes próprios e apelidos/sobrenomes comuns e correntes em Portugal,
no Brasil, em Angola e em Moçambique, nos países vizinhos (Cabo Verde, Guiné-Bissau) e nas maiores
comunidades imigrantes (ucraniana, romena, nepalesa, indiana, chinesa), do tipo registado no Wikidata
como itens de nome próprio / apelido (Wikidata: CC0 1.0); nenhum tirado do Faker nem de qualquer
biblioteca de dados falsos. Nenhum token coincide com as listas do primeiro e do segundo conjuntos
(verificado por gen_ml3.py --check). As organizações e os domínios de correio são inventados; as
cidades e as ruas são lugares reais e banais.
"""

GIVEN_F = [
    # Portugal (nomes tradicionais, sobretudo de gerações mais velhas)
    "Guilhermina", "Deolinda", "Albertina", "Ermelinda", "Hermínia", "Idalina", "Laurinda", "Zulmira",
    "Noémia", "Natércia", "Lucília", "Gracinda", "Adélia", "Arminda",
    # Brasil (incluindo nomes compostos correntes)
    "Valquíria", "Jussara", "Cleide", "Marilene", "Edileuza", "Sueli Aparecida", "Maísa", "Iara", "Taís",
    "Teresinha de Jesus",
    # Angola
    "Domingas", "Felismina", "Kiesse", "Benvinda", "Custódia",
    # Moçambique
    "Celmira", "Zaida", "Ancha", "Alda",
    # Cabo Verde e Guiné-Bissau
    "Djamila", "Fatumata", "Aissatu",
    # comunidades imigrantes: ucraniana, romena, nepalesa, chinesa
    "Nadiya", "Svitlana", "Olha", "Cătălina", "Sunita", "Xiaoling",
]

GIVEN_M = [
    # Portugal
    "Lourenço", "Baltazar", "Belmiro", "Armindo", "Arlindo", "Celestino", "Eusébio", "Horácio",
    "Valdemar", "Telmo", "Ilídio", "Delfim", "Crispim", "Teotónio", "Aníbal", "Germano",
    # Brasil (incluindo nome composto)
    "Givanildo", "Jailson", "Edivaldo", "Reinaldo", "Ubirajara", "Nivaldo", "Júlio César",
    # Angola
    "Agostinho", "Evaristo", "Adão", "Zeferino", "Filomeno",
    # Moçambique (incluindo nomes das comunidades muçulmanas do norte)
    "Cassimo", "Ussene", "Momade", "Issufo", "Assane",
    # Cabo Verde e Guiné-Bissau
    "Amílcar", "Mamadu", "Braima", "Saliu",
    # comunidades imigrantes: ucraniana, romena, nepalesa, indiana
    "Vasyl", "Petro", "Dragoș", "Bishnu", "Hitesh",
]

FAMILY = [
    # Portugal (continente, Açores, Madeira)
    "Bettencourt", "Nóbrega", "Ornelas", "Quintela", "Castanheira", "Cerqueira", "Gouveia", "Godinho",
    "Guedes", "Meireles", "Mesquita", "Moniz", "Mourão", "Rebelo", "Resende", "Veloso", "Garcês",
    "Malheiro", "Vilaça", "Serrão", "Sarmento", "Beirão", "Pimentel", "Quental", "Pestana", "Novais",
    "Valadares", "Belchior", "Damasceno", "Frazão",
    # Portugal: apelidos compostos, com hífen ou com partícula interna (as partículas iniciais
    # da, de, dos são acrescentadas pelo gerador)
    "Corte-Real", "Vaz de Mello", "Noronha", "Anjos",
    # Brasil
    "Wanderley", "Linhares", "Dantas", "Feitosa", "Alencar", "Tenório", "Uchôa", "Gomide", "Goulart",
    "Lacerda", "Rangel",
    # Angola
    "Kassoma", "Cassule", "Nzau", "Mabiala", "Lukamba",
    # Moçambique
    "Machava", "Muianga", "Cossa", "Nhantumbo", "Sitoe", "Mabunda", "Macuácua", "Massingue",
    "Chilaule", "Matsinhe", "Mucavele",
    # Cabo Verde e Guiné-Bissau
    "Landim", "Spencer", "Baldé", "Djaló", "Embaló", "Sanhá", "Indjai",
    # comunidades imigrantes: goesa, ucraniana, romena, nepalesa; Timor-Leste
    "Colaço", "Mascarenhas", "Hrytsenko", "Kravets", "Lysenko", "Ciobanu", "Stoica", "Gurung", "Thapa",
    "Gusmão",
]

CITIES = [
    # Portugal
    "Viseu", "Guimarães", "Setúbal", "Évora", "Leiria", "Viana do Castelo", "Vila Nova de Gaia",
    "Póvoa de Varzim", "Figueira da Foz", "Torres Vedras", "Ponta Delgada", "Funchal", "Santarém",
    "Caldas da Rainha", "Matosinhos", "Almada", "Portimão", "Montemor-o-Novo", "Idanha-a-Nova",
    "Vila Real de Santo António",
    # Brasil
    "Recife", "Fortaleza", "Florianópolis", "Campina Grande", "Juiz de Fora", "São José dos Campos",
    "Ribeirão Preto", "Feira de Santana", "Niterói",
    # Angola e Moçambique
    "Luanda", "Benguela", "Huambo", "Lubango", "Maputo", "Nampula", "Quelimane", "Inhambane",
    # Cabo Verde
    "Mindelo",
]

STREETS = [
    "Rua da Misericórdia", "Avenida Infante D. Henrique", "Travessa do Carmo", "Rua Cândido dos Reis",
    "Largo do Pelourinho", "Rua Direita", "Avenida 25 de Abril", "Rua das Amoreiras",
    "Praceta Almeida Garrett", "Rua Sá da Bandeira", "Alameda dos Oceanos", "Rua do Souto",
    "Beco das Cruzes", "Calçada do Combro", "Rua Garcia de Orta", "Estrada de Benfica",
    "Rua Conselheiro Lafayette", "Avenida Getúlio Vargas", "Rua Sete de Setembro",
    "Rua Major Kanhangulo", "Avenida Julius Nyerere", "Rua da Boavista", "Avenida da República",
    "Rua Heróis do Ultramar", "Quinta das Flores, Lote 12",
]

ORGS = [
    "Transportes Meireles & Filhos, Lda.", "Construções Godinho Irmãos, S.A.",
    "Clínica Dentária Sorriso Atlântico", "Consultório de Fisioterapia Movimento Certo",
    "Colégio Horizonte Azul", "Escola Secundária de Vale Formoso",
    "Associação Cultural e Recreativa Os Amigos da Ribeira", "Grupo Desportivo Estrela do Norte",
    "Junta de Freguesia de Alto do Moinho", "Repartição de Finanças de Ribeira Seca",
    "Farmácia Central Lusitana", "Padaria Pão Dourado", "Tecnoverde Soluções Informáticas, Unipessoal Lda.",
    "Mercearia Flor do Campo", "Imobiliária Casa Certa Ltda.", "Distribuidora Boa Safra Ltda.",
    "Auto Peças Rodovia ME", "Lacerda & Rangel Advogados Associados",
    "Moniz, Serrão & Associados — Sociedade de Advogados, SP, RL", "Cooperativa Agrícola do Vale Verde, CRL",
    "Centro Clínico Arco-Íris", "Laboratório BioVida Análises Clínicas", "Seguradora Âncora Mútua, S.A.",
    "Pastelaria Doce Alvorada", "Gabinete de Contabilidade Novais & Pestana",
    "Kwanza Logística, Lda.", "Machava Serviços de Limpeza, Lda.", "Centro Social Sol Nascente",
    "Clube Naval Maré Alta", "Metalomecânica Ferro Forte, S.A.",
]

MAIL_DOMAINS = [
    "correiolusitano.pt", "navegante.pt", "caixapostal.com.br", "mailbrasa.com.br", "kandengue.co.ao",
    "machimbombo.co.mz", "tecnoverde.pt", "boasafra.com.br",
]

TUNE = {
    "carta_proposta_comercial": """
{ORG}
{ADDR}
Tel. {PHONE}

Exma. Senhora
Dr.ª {P1}
{ORG2}
{ADDR2}

{CITY}, {DATE}

N/Ref.ª: {NUM}
Assunto: Proposta de fornecimento anual de consumíveis

Exma. Senhora Doutora,

Na sequência da reunião de {DATE2} com o nosso colega {P2}, vimos apresentar a V. Ex.ª a proposta
solicitada para o fornecimento anual de consumíveis de escritório. O valor global ascende a {AMT} €,
acrescido de IVA à taxa legal em vigor, com entregas mensais nas vossas instalações.

A presente proposta é válida por 30 dias. Para qualquer esclarecimento, o Eng.º {L2} ficará ao dispor
de V. Ex.ª através do número {PHONE2} ou do endereço {EMAIL2}.

Sem outro assunto de momento, apresentamos os nossos melhores cumprimentos.

{P4}
Diretor Comercial
""",
    "contrato_trabalho_termo": """
CONTRATO DE TRABALHO A TERMO CERTO

Entre:
PRIMEIRA OUTORGANTE: {ORG}, com sede em {ADDR}, aqui representada pelo seu gerente, {P2};
SEGUNDA OUTORGANTE: {P1}, solteira, maior, natural de {CITY}, nascida em {DOB}, residente em
{ADDR2}, contribuinte fiscal n.º {PTNIF};

é celebrado o presente contrato de trabalho a termo certo, que se rege pelas cláusulas seguintes:

Cláusula 1.ª — A Segunda Outorgante é admitida para exercer as funções de técnica administrativa,
no estabelecimento da Primeira Outorgante sito em {CITY2}.
Cláusula 2.ª — O contrato tem início em {DATE} e é celebrado pelo prazo de seis meses, com
fundamento no acréscimo excecional de atividade.
Cláusula 3.ª — A retribuição base mensal é de {AMT} euros, paga por transferência bancária para a
conta com o IBAN {IBAN}.
Cláusula 4.ª — O período normal de trabalho é de 40 horas semanais, de segunda a sexta-feira.

Feito em duplicado, em {CITY2}, a {DATE2}, ficando cada parte com um exemplar.

A Primeira Outorgante                     A Segunda Outorgante
______________________                    ______________________
({P2})                                    ({P1})
""",
    "recibo_vencimento": """
RECIBO DE VENCIMENTO                                   {ORG}
-------------------------------------------------------------------
Nome ................................ {PX3}
NIF ................................. {PTNIF}
N.º mecanográfico ................... {NUM}
Categoria ........................... Assistente operacional
Data de admissão .................... {DATE}
IBAN ................................ {IBAN}
-------------------------------------------------------------------
Descrição                         Abonos        Descontos
Vencimento base                   1 045,00
Subsídio de alimentação             132,00
Trabalho suplementar                 58,40
Segurança Social (11%)                             121,37
IRS (retenção na fonte)                             96,00
-------------------------------------------------------------------
Líquido a receber: {AMT} €
Processado em {DATE2}. Documento emitido por {P4}, Serviços Administrativos.
""",
    "email_pedido_ferias": """
De: {P3} <{EMAIL3}>
Para: {P4} <{EMAIL4}>
Cc: {P1} <{EMAIL1}>
Data: {DATE}, {TIME}
Assunto: Pedido de férias — segunda quinzena

Bom dia, {F4},

Venho por este meio pedir autorização para gozar 10 dias úteis de férias a partir de {DATE2},
conforme o que ficou combinado no mapa de férias da equipa.

As tarefas pendentes ficam entregues à {F1}, que já está a par dos processos em curso. Durante a
minha ausência podem contactar-me, em caso de urgência, pelo {PHONE}.

Fico a aguardar a tua confirmação para registar o pedido na plataforma.

Obrigada,
{F3}

--
{P3}
Técnica de Contabilidade | {ORG}
""",
    "carta_recomendacao": """
{ORG}
{ADDR}

{CITY}, {DATE}

CARTA DE RECOMENDAÇÃO

A quem possa interessar,

Declaro, para os devidos fins, que a Sra. {P3}, inscrita no CPF sob o n.º {CPF}, trabalhou nesta
empresa entre {YEAR} e o presente ano, exercendo o cargo de analista financeira sênior.

Durante esse período, {F3} demonstrou grande domínio técnico, pontualidade e espírito de equipe.
Foi responsável pelo fechamento contábil mensal e coordenou a migração do nosso sistema de gestão,
trabalho que realizou em conjunto com o Sr. {P2} sempre com excelentes resultados.

A saída da Sra. {L3} deve-se exclusivamente a motivos pessoais. Recomendo-a sem reservas para
qualquer função de responsabilidade na área financeira.

Atenciosamente,

{P4}
Gerente de Controladoria — {ORG}
{PHONE} | {EMAIL4}
""",
    "pedido_consulta_especialidade": """
{ORG}
Unidade de Saúde Familiar

PEDIDO DE CONSULTA DE ESPECIALIDADE — CARDIOLOGIA
Prioridade: normal

Utente: {P2}
N.º de utente: {NUM}
Data de nascimento: {DOB}
Morada: {ADDR}
Contacto: {PHONE}

Exmo.(a) Colega,

Envio o Sr. {L2}, hipertenso conhecido, medicado com ramipril 5 mg/dia, por episódios de
palpitações com cerca de duas semanas de evolução, sem síncope. ECG realizado em {DATE}: ritmo
sinusal, extrassístoles ventriculares isoladas. Análises recentes sem alterações de relevo.

Agradeço avaliação e, se achar pertinente, realização de Holter de 24 horas.

Com os melhores cumprimentos,
Dr.ª {P1}
Médica de Medicina Geral e Familiar
""",
    "resumo_alta_hospitalar": """
{ORG} — Clínica Médica
RESUMO DE ALTA

Paciente: {PX4}                    Prontuário: {NUM}
Data de nascimento: {DOB}          CPF: {CPF}
Internação: {DATE}                 Alta: {DATE2}
Médica assistente: Dra. {P3}

Diagnóstico principal: pneumonia adquirida na comunidade.
Comorbidades: diabetes mellitus tipo 2.

Evolução: paciente deu entrada no pronto-socorro com febre, tosse produtiva e dispneia leve.
Radiografia de tórax com consolidação em base direita. Recebeu ceftriaxona e azitromicina por
via endovenosa, com boa resposta. Encontra-se afebril há 72 horas e com saturação normal em ar
ambiente.

Orientações: completar antibiótico por via oral por mais 5 dias; manter dieta para diabético.
Retorno ambulatorial com a Dra. {L3} em 15 dias. Dúvidas: {PHONE}.

Acompanhante na alta: {P2} (filho).
""",
    "receita_medica": """
RECEITA MÉDICA                                  N.º {NUM}
Local de prescrição: {ORG}
Médico: Dr. {P4}                                Especialidade: Dermatologia
Telefone: {PHONE}

Utente: {P1}
Data de nascimento: {DOB}

1. Doxiciclina 100 mg, cápsulas — 1 emb. (16 unid.)
   Posologia: 1 cápsula por dia, ao pequeno-almoço, durante 8 semanas.
2. Peróxido de benzoílo 5%, gel — 1 emb.
   Posologia: aplicar à noite nas zonas afetadas.

Data: {DATE}                    Validade: 60 dias

Assinatura: ______________________
""",
    "sms_lembrete_consulta": """
{ORG}: Olá {F1}, lembramos a sua consulta de Medicina Dentária com o Dr. {L2} no dia {DATE}
às {TIME}. Traga o cartão de cidadão e, se aplicável, o cartão do seguro. Para desmarcar, ligue
{PHONE} até 24 h antes. Responda SIM para confirmar.

[Resposta 09:12] SIM. Obrigada, vou lá estar. {F1}

{ORG}: Obrigado, Sr.ª {P1}. Consulta confirmada. Até breve!
""",
    "procuracao_venda_imovel": """
PROCURAÇÃO

{PX1}, divorciada, natural de {CITY}, residente em {ADDR}, contribuinte fiscal
n.º {PTNIF}, constitui seu bastante procurador {P2}, casado, residente em {ADDR2}, a quem
confere os poderes necessários para, em seu nome e representação, vender pelo preço e nas
condições que entender convenientes a fração autónoma de que é proprietária, sita em {CITY2},
podendo para o efeito outorgar e assinar a respetiva escritura ou documento particular
autenticado, receber o preço e dar quitação, requerer atos de registo predial e representá-la
junto de quaisquer serviços de finanças, conservatórias e câmaras municipais.

{CITY}, {DATE}

A Mandante,

___________________________
({P1})

Reconhecimento presencial da assinatura efetuado em {DATE2} por {P4}, advogado, com domicílio
profissional em {CITY2}.
""",
    "contrato_locacao_residencial": """
CONTRATO DE LOCAÇÃO DE IMÓVEL RESIDENCIAL

LOCADOR: {P4}, brasileiro, casado, engenheiro civil, inscrito no CPF sob o n.º {CPF},
residente e domiciliado em {ADDR}.
LOCATÁRIA: {P3}, brasileira, solteira, professora, residente em {CITY2}.

IMÓVEL: apartamento situado em {ADDR2}, com uma vaga de garagem.

CLÁUSULA PRIMEIRA – O prazo da locação é de 30 (trinta) meses, com início em {DATE}.
CLÁUSULA SEGUNDA – O aluguel mensal é de R$ {AMT}, a ser pago até o dia 5 de cada mês por meio
de transferência ou PIX para conta indicada pelo LOCADOR.
CLÁUSULA TERCEIRA – O valor será reajustado anualmente pela variação do índice acordado entre as
partes.
CLÁUSULA QUARTA – A LOCATÁRIA não poderá sublocar ou ceder o imóvel sem autorização por escrito.
CLÁUSULA QUINTA – Como garantia, a LOCATÁRIA apresenta como fiador o Sr. {P2}, que assina este
instrumento.

Fica eleito o foro da comarca de {CITY} para dirimir quaisquer dúvidas.

{CITY}, {DATE2}.

_____________________   _____________________   _____________________
{P4}                    {P3}                    {P2}
""",
    "citacao_acao_divida": """
Juízo Local Cível de {CITY}
Processo n.º {NUM}
Ação declarativa de condenação, processo comum

Autora: {ORG}
Réu: {P2}

CITAÇÃO

Fica V. Ex.ª citado para, no prazo de 30 dias, contestar, querendo, a ação acima identificada,
cujo duplicado da petição inicial se junta, com a advertência de que a falta de contestação
importa a confissão dos factos articulados pela autora.

É obrigatória a constituição de mandatário judicial.

Morada do citando: {ADDR}
Data da expedição: {DATE}

A Oficial de Justiça,
{P3}
""",
    "chamado_suporte": """
Chamado #{NUM} — Em atendimento
Solicitante: {P1} <{EMAIL1}>
Empresa: {ORG}
Telefone: {PHONE}
Categoria: Emissão de notas fiscais
Prioridade: Alta
Aberto em: {DATE} {TIME}
Atribuído a: {P2}

Descrição do cliente:
Desde ontem à tarde o sistema não deixa emitir nota fiscal. Aparece "certificado digital
inválido" e a fila de envio fica travada. Já reiniciei o computador duas vezes.

--- Interação de {P2} (Suporte N2) ---
Olá, {F1}! O certificado A1 da sua empresa venceu. Assim que a renovação for concluída, basta
importar o novo arquivo em Configurações > Certificados e reenviar a fila. Se preferir, posso
acessar remotamente amanhã de manhã.

--- Interação de {P1} ---
Pode sim, {F2}. Amanhã estou aqui a partir das 8h. Obrigada!
""",
    "email_encaminhado_reuniao": """
De: {P4} <{EMAIL4}>
Enviada: {DATE} {TIME}
Para: {P3} <{EMAIL3}>
Assunto: RE: FW: Reunião de arranque — {ORG2}

{F3}, vê a mensagem abaixo. Consegues tratar da sala e do café até sexta?
Obrigado,
{IN4}

-----Mensagem original-----
De: {P1} <{EMAIL1}>
Enviada: {DATE2}
Para: {P4} <{EMAIL4}>
Cc: {P2} <{EMAIL2}>
Assunto: FW: Reunião de arranque — {ORG2}

Caro {F4},

Conforme falámos ao telefone, a reunião de arranque com os colegas de {ORG2} fica marcada para as nossas
instalações em {CITY}. Do lado deles vêm o Eng.º {L2} e mais dois técnicos.

Cumprimentos,
{P1}
Gestora de Projeto — {ORG}
""",
    "whatsapp_churrasco": """
{DATE} 18:02 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.
{DATE} 18:03 - {F1}: Gente, tudo certo pro churrasco de sábado?
{DATE} 18:05 - {P2}: Tudo! Eu levo a carne e o carvão 🔥
{DATE} 18:05 - {F1}: A {F3} confirmou?
{DATE} 18:07 - {P3}: Confirmadíssimo. Levo farofa e vinagrete
{DATE} 18:09 - {PHONE}: Oi, aqui é o {F4}, primo do {F2}. Posso levar a namorada?
{DATE} 18:10 - {P2}: Claro, {F4}! Quanto mais gente melhor
{DATE} 18:12 - {F1}: Endereço: {ADDR}. Interfone 32
{DATE} 18:12 - {F1}: Pix pra rachar a bebida: {EMAIL1}
{DATE2} 09:41 - {P3}: Bom dia! Tá chovendo aí em {CITY}? Aqui tá caindo o mundo
{DATE2} 09:44 - {F1}: Aqui tá nublado só. Mantido!
""",
    "ata_assembleia_condominos": """
ATA N.º {NUM}

No dia {DATE}, pelas 21h00, reuniu em sessão ordinária a assembleia de condóminos do prédio sito
em {ADDR}, com a presença dos seguintes condóminos:

- {P1} (fração A)
- {P2} (fração C)
- {P3} (fração F), que representa também, por procuração, {P4} (fração G)

Presidiu à reunião o condómino {L2}, secretariada pela condómina {L1}.

Ponto um — Aprovação das contas do exercício de {YEAR}: aprovadas por unanimidade, com um saldo
de {AMT} € no fundo comum de reserva.

Ponto dois — Obras na cobertura: foram apresentados três orçamentos, tendo sido aprovado o da
empresa {ORG}. A administração do condomínio, a cargo de {ORG2}, fica mandatada para adjudicar os trabalhos.

Ponto três — Outros assuntos: a Sr.ª D.ª {P3} alertou para a lâmpada avariada da garagem.

Nada mais havendo a tratar, foi encerrada a sessão, da qual se lavrou a presente ata, que vai ser
assinada pelo presidente e pela secretária.
""",
    "pauta_avaliacao_turma": """
{ORG}
PAUTA DE AVALIAÇÃO — 1.º PERÍODO — 8.º ANO, TURMA B
Diretora de turma: Prof.ª {P3}

N.º  Nome (apelido, nome)          Port.  Mat.  Ing.  Hist.  C.N.  Ed. Fís.
01   {PC1}                            4      3     5     4     4      5
02   {PC2}                            3      2     3     3     3      4
03   {PC4}                            5      5     4     5     5      3

Observações: o aluno {F2} {L2} beneficia de apoio tutorial específico a Matemática.
Reunião de conselho de turma realizada em {DATE}, com a presença do representante dos
encarregados de educação, {P4}.

A Diretora de Turma,          O Diretor,
{IN3}                         ______________
""",
    "proposta_socio_clube": """
PROPOSTA DE ADMISSÃO DE SÓCIO                       N.º {NUM}
{ORG}

Nome completo ............................. {P4}
Data de nascimento ........................ {DOB}
Naturalidade .............................. {CITY}
Morada .................................... {ADDR}
Telemóvel ................................. {PHONE}
Correio eletrónico ........................ {EMAIL4}
N.º de contribuinte ....................... {PTNIF}
Modalidade ................................ Natação (adultos)
Quota mensal .............................. {AMT} €
Sócio proponente .......................... {P2}

Declaro aceitar os estatutos e o regulamento interno do clube.

{CITY2}, {DATE}
Assinatura ................................ ____________________
""",
    "exportacao_clientes_csv": """
id;nome;cpf;email;telefone;cidade;data_cadastro;status
10231;{P1};{CPF};{EMAIL1};{PHONE};{CITY};{DATE};ativo
10232;{P2};;{EMAIL2};{PHONE2};{CITY2};{DATE2};ativo
10233;{PX3};;{EMAIL3};;{CITY};{DATE2};inadimplente
10234;{P4};;{EMAIL4};;{CITY2};;inativo
""",
    "fatura_recibo": """
{ORG}
{ADDR}
Capital social: 5 000,00 €

FATURA-RECIBO FR A/1532                                    Original
Data de emissão: {DATE}
ATCUD: {NUM}

Cliente: {P2}
NIF: {PTNIF}
Morada: {ADDR2}

Descrição                              Qtd.   Preço unit.   IVA    Total
Revisão anual de caldeira a gás         1       65,00       23%    65,00
Substituição de termopar                1       18,50       23%    18,50
Deslocação                              1       12,00       23%    12,00

Total (IVA incluído): {AMT} €
Pago por multibanco em {DATE}.
Técnico responsável: {IN4}

Processado por programa certificado.
""",
    "noticia_incendio_local": """
Incêndio destrói armazém na zona industrial

{CITY} — Um incêndio de grandes proporções destruiu na madrugada de {DATE} um armazém da empresa
{ORG}, na zona industrial da cidade. O alerta foi dado às 4h17 por um vizinho, {P2}, que
acordou com o cheiro a fumo.

No local estiveram mais de trinta operacionais, apoiados por dez viaturas. Não houve feridos a
registar. Segundo o comandante {P4}, as chamas terão começado na zona de carga.

A gerente da empresa, {P1}, lamentou o sucedido e garantiu que os 24 trabalhadores não vão
perder o emprego. "Vamos reconstruir e, entretanto, a produção passa para as instalações de
{CITY2}", afirmou {L1} aos jornalistas.

As causas do incêndio estão a ser investigadas.
""",
    "anuncio_nascimento": """
Nasceu a nossa {F3}!

Com enorme alegria, {P1} e {P2} anunciam o nascimento da sua filha {P3}, no dia {DATE},
às {TIME}, em {CITY}, com 3,250 kg e 49 cm.

A mãe e a bebé estão ótimas. O mano {F4} já quer pegar nela ao colo.

Um obrigado especial a toda a equipa de {ORG}.

Os pais babados,
{F1} e {F2}
""",
    "aviso_recolha_produto": """
AVISO AO CONSUMIDOR — RECOLHA VOLUNTÁRIA

Por precaução, a Direção de Qualidade procede à recolha voluntária do lote {NUM} da Bebida
Vegetal de Aveia Sem Açúcar, embalagem de 1 L, com data de consumo preferencial indicada na tampa.

Foi detetada, numa análise de rotina, a possível presença de fragmentos de plástico. Até ao
momento não foi reportado nenhum incidente.

Os consumidores que tenham em sua posse embalagens deste lote não as devem consumir e podem
devolvê-las no ponto de venda, sendo reembolsados do valor total, mesmo sem talão de compra.

Os restantes lotes e produtos da gama não são afetados.
Pedimos desculpa pelo incómodo causado.
""",
    "receita_caldo_verde": """
Caldo Verde Tradicional — ficha n.º {NUM} (6 pessoas)

Ingredientes
- 500 g de batata farinhenta
- 1 cebola média
- 2 dentes de alho
- 250 g de couve-galega cortada em juliana muito fina
- 1 chouriço de carne
- 1 dl de Azeite Virgem Extra
- Sal q.b.

Preparação
1. Coza as batatas, a cebola e o alho em 1,5 l de água temperada com sal.
2. Triture tudo com a varinha mágica até obter um creme aveludado.
3. Junte a couve e deixe ferver destapado cerca de 4 minutos, para não perder a cor.
4. Retire do lume e regue com o Azeite.
5. Sirva em malgas de barro, com uma rodela de chouriço em cada uma e broa de milho à parte.

Dica da Casa: a couve deve ser cortada no próprio dia.
""",
}

HELD = {
    "carta_reclamacao_cliente": """
{P3}
{ADDR}
CPF: {CPF}
Tel.: {PHONE}

{CITY}, {DATE}

À
{ORG}
Serviço de Atendimento ao Consumidor

Ref.: Reclamação — pedido n.º {NUM}

Prezados senhores,

No dia {DATE2}, adquiri pela loja virtual de V. Sas. uma máquina de lavar roupa, paga à vista no
valor de R$ {AMT}. O produto foi entregue com a porta amassada, conforme fotos anexas, e até o
momento não obtive retorno das três solicitações de troca feitas pelo chat.

Nos termos do Código de Defesa do Consumidor, solicito a substituição do aparelho ou a devolução
integral do valor pago, no prazo de 10 dias. Informo que, não havendo solução, recorrerei aos
órgãos de defesa do consumidor de {CITY}.

Atenciosamente,

{P3}
""",
    "holerite_mensal": """
{ORG}
DEMONSTRATIVO DE PAGAMENTO DE SALÁRIO

Funcionário: {PU2}                    Matrícula: {NUM}
CPF: {CPF}                            Admissão: {DATE}
Cargo: Auxiliar de logística          Pagamento: {DATE2}

Cód.  Descrição                 Referência    Vencimentos    Descontos
001   Salário base                  30,00       2.180,00
015   Horas extras 50%              6,00          108,90
210   INSS                          9,00                         196,20
214   Vale-transporte               6,00                         130,80
230   Plano de saúde                                               89,00

Líquido a receber: R$ {AMT}
Crédito em conta corrente do funcionário.

Declaro ter recebido a importância líquida discriminada neste recibo.
Assinatura do funcionário: ______________________
""",
    "pedido_licenca_parental": """
Exmo. Senhor
Diretor de Recursos Humanos
{ORG}
{P4}

Assunto: Comunicação de licença parental inicial

{P2}, trabalhador n.º {NUM}, com funções de técnico de manutenção na unidade de {CITY},
vem, nos termos do Código do Trabalho, comunicar a V. Ex.ª que pretende gozar a licença parental
inicial partilhada, na sequência do nascimento do seu filho em {DATE}.

A licença será gozada em alternância com a mãe, {P1}, cabendo ao requerente o período de
30 dias consecutivos com início em {DATE2}.

Junta declaração da entidade empregadora da mãe e certidão de nascimento.

Pede deferimento.

{CITY}, {DATE}
{P2}
Telemóvel: {PHONE}
""",
    "email_boas_vindas": """
De: {P3} <{EMAIL3}>
Para: {P4} <{EMAIL4}>
Cc: {P2} <{EMAIL2}>
Assunto: Bem-vindo ao time — {ORG} 🎉

Oi, {F4}, tudo bem?

Seja muito bem-vindo ao time! Seu primeiro dia será {DATE}, às {TIME}, no nosso escritório
em {ADDR}. Procure a recepção e peça para chamar a {F3}, do RH.

Na primeira semana você vai ficar com o {P2}, seu gestor, que vai apresentar a equipe e os
projetos. Lembre de trazer carteira de trabalho digital, comprovante de residência e os dados
bancários para cadastro da folha.

Qualquer dúvida, me chama no {PHONE}.

Abraço,
{P3}
Analista de Gente & Gestão | {ORG}
""",
    "guia_referencia_ortopedia": """
{ORG}
GUIA DE REFERÊNCIA E CONTRARREFERÊNCIA

Paciente: {P1}                       Data de nasc.: {DOB}
CPF: {CPF}                           Tel.: {PHONE}
Endereço: {ADDR}

Encaminho a paciente ao serviço de Ortopedia para avaliação de gonalgia à direita, com piora
há dois meses, dor à subida de escadas e derrame articular discreto ao exame. Radiografia de
{DATE} mostra redução do espaço articular medial. Em uso de paracetamol 750 mg, com alívio
parcial.

Hipótese diagnóstica: gonartrose.
Solicito avaliação quanto a infiltração ou fisioterapia.

{CITY}, {DATE2}
Dr. {P2}
Clínico Geral
""",
    "nota_alta_internamento": """
NOTA DE ALTA — Serviço de Cirurgia Geral
{ORG}

Doente: {P4}                  Processo: {NUM}
Data de nascimento: {DOB}
Data de admissão: {DATE}       Data de alta: {DATE2}

Motivo de internamento: colecistite aguda litiásica.
Procedimento: colecistectomia laparoscópica, sem intercorrências.
Pós-operatório sem complicações; iniciou dieta no 1.º dia e teve alta autónomo, sem dor.

Medicação no domicílio: paracetamol 1 g de 8/8 h se dor, durante 5 dias.
Retirar pensos e pontos no centro de saúde ao 8.º dia.
Consulta de reavaliação com o Dr. {IN2} dentro de 4 semanas.

O Sr. {L4} e a esposa, {P3}, foram informados das recomendações.

Médica responsável: Dr.ª {P1}
""",
    "laudo_exame_sangue": """
{ORG}
{ADDR}

Paciente: {P3}                    Sexo: F
Data de nascimento: {DOB}         Protocolo: {NUM}
Médico solicitante: Dr. {P2}
Coleta: {DATE} às {TIME}

HEMOGRAMA COMPLETO                 Resultado     Valores de referência
Hemácias                           4,21 milhões/mm³    3,90 a 5,03
Hemoglobina                        11,4 g/dL     12,0 a 15,5
Hematócrito                        35,1 %        35,0 a 45,0
Leucócitos                         6.830 /mm³    3.500 a 10.500
Plaquetas                          248.000 /mm³  150.000 a 450.000

FERRITINA                          9 ng/mL       15 a 150

Liberado eletronicamente em {DATE2} por {P1}, biomédica responsável.
""",
    "whatsapp_lembrete_clinica": """
{DATE} 10:14 - {ORG}: Olá, {F4}! Passando para lembrar da sua sessão de fisioterapia amanhã às {TIME} com a Dra. {F1}.
{DATE} 10:14 - {ORG}: Responda 1 para confirmar ou 2 para remarcar.
{DATE} 11:32 - {P4}: 2
{DATE} 11:33 - {P4}: Amanhã não vou conseguir, surgiu uma viagem pra {CITY}. Tem horário na quinta?
{DATE} 11:40 - {ORG}: Tem sim! Quinta às 17h ou sexta às 8h30. Qual prefere?
{DATE} 11:41 - {P4}: Sexta 8h30, obrigado
{DATE} 11:41 - {ORG}: Prontinho, Sr. {L4}, remarcado para {DATE2} às 8h30. Qualquer coisa, ligue {PHONE}.
""",
    "escritura_compra_venda": """
ESCRITURA DE COMPRA E VENDA

No dia {DATE}, no Cartório Notarial de {CITY}, perante mim, {P3}, notária, compareceram como
outorgantes:

PRIMEIRO: {P2}, casado com {P1} no regime da comunhão de adquiridos, natural de {CITY2},
residente em {ADDR}, contribuinte n.º {PTNIF}, que outorga por si e em representação do seu
cônjuge, conforme procuração que arquivo.

SEGUNDO: {P4}, solteiro, maior, residente em {ADDR2}.

Verifiquei a identidade dos outorgantes pela exibição dos respetivos cartões de cidadão.

E PELO PRIMEIRO OUTORGANTE FOI DITO: que, pelo preço de {AMT} euros, já recebido, vende ao
segundo outorgante o prédio urbano destinado a habitação, inscrito na matriz sob o artigo {NUM}.

PELO SEGUNDO OUTORGANTE FOI DITO: que aceita esta venda nos termos exarados.

Esta escritura foi lida aos outorgantes e explicado o seu conteúdo.
""",
    "certidao_registo_predial": """
CERTIDÃO PERMANENTE — REGISTO PREDIAL
Código de acesso: {NUM}

Descrição: prédio urbano, composto de rés-do-chão e primeiro andar, com logradouro.
Situação: {ADDR}
Freguesia e concelho: {CITY}

INSCRIÇÕES — AQUISIÇÃO
AP. 14 de {DATE} — Aquisição
Sujeito(s) ativo(s): {PU1}, NIF {PTNIF}, divorciada
Causa: compra
Sujeito(s) passivo(s): {PU2} e {PU3}

INSCRIÇÕES — ENCARGOS
AP. 15 de {DATE} — Hipoteca voluntária
Sujeito ativo: {ORG}
Capital: {AMT} €

Certidão válida até {DATE2}.
""",
    "notificacao_multa_transito": """
NOTIFICAÇÃO DE AUTUAÇÃO POR INFRAÇÃO DE TRÂNSITO

Auto de infração n.º {NUM}
Proprietário do veículo: {PX2}
CPF: {CPF}
Endereço: {ADDR}

Local da infração: {ADDR2}
Data: {DATE}    Hora: {TIME}
Infração: transitar em velocidade superior à máxima permitida em até 20%.
Velocidade medida: 74 km/h — velocidade considerada: 67 km/h — limite: 60 km/h
Classificação: média — 4 pontos
Valor da multa: R$ {AMT}

Caso não seja o condutor, o proprietário poderá indicar o condutor infrator no prazo de 30 dias,
com assinatura de ambos. Prazo para defesa prévia: {DATE2}.
""",
    "email_resposta_citada": """
Assunto: Re: Fatura duplicada no mês passado
De: {P2} <{EMAIL2}>
Para: {P1} <{EMAIL1}>
Cc: {P4} <{EMAIL4}>

Olá, {F1},

Verificamos aqui e realmente houve duas cobranças. O estorno de R$ {AMT} já foi solicitado e
deve aparecer na próxima fatura. Copiei o {F4}, do financeiro, para acompanhar.

Abs,
{F2}
{ORG}

Em {DATE}, {P1} <{EMAIL1}> escreveu:
> Boa tarde,
> Recebi duas cobranças iguais referentes ao contrato {NUM}. Podem verificar?
> Segue o comprovante em anexo.
> Obrigada,
> {P1}
> {PHONE}
""",
    "conversa_teams_projeto": """
#projeto-migracao

{P3}
bom dia, pessoal! o deploy de ontem em {CITY} correu bem?

{fl2}
correu, mas a base de dados de faturação ficou lenta depois das 23h

{P3}
@{fl4} consegues ver os logs antes da reunião das {TIME}?

{fl4}
já estou a ver. parece o job de backup a sobrepor-se à sincronização

{P1}
se for isso, mudem o backup para as 2h. eu aviso o pessoal de {ORG}

{fl2}
👍 obrigado {F1}
""",
    "ata_reuniao_direcao_clube": """
{ORG}
ATA DA REUNIÃO DE DIREÇÃO N.º {NUM}

Data: {DATE}  ·  Hora: {TIME}  ·  Local: sede social

Presentes: {P2} (Presidente), {P1} (Vice-Presidente), {P4} (Tesoureiro), {P3} (Secretária)
Ausências justificadas: nenhuma

1. Torneio de verão — o Presidente informou que a autarquia cedeu o pavilhão. As inscrições
   abrem em {DATE2}; a Secretária trata do regulamento.
2. Tesouraria — o Tesoureiro, {L4}, apresentou o saldo de {AMT} € e propôs a compra de novos
   equipamentos para os escalões de formação. Aprovado.
3. Patrocínios — a Vice-Presidente, {F1} {L1}, reuniu com a administração de {ORG2}, que se mostrou disponível
   para apoiar o clube na próxima época.

Nada mais havendo a tratar, a reunião terminou às 23h10.

A Secretária, {IN3}                 O Presidente, {IN2}
""",
    "boletim_escolar": """
{ORG}
BOLETIM ESCOLAR — ENSINO FUNDAMENTAL II

Aluno(a): {PX4}
Turma: 7.º ano B         Turno: matutino
Responsável: {P1}        Telefone: {PHONE}

Componente curricular      1.º bim.   2.º bim.   3.º bim.   4.º bim.   Faltas
Língua Portuguesa             7,5        8,0        8,5        9,0        2
Matemática                    6,0        6,5        7,0        7,5        4
Ciências                      8,0        8,5        8,0        9,0        1
História                      9,0        8,5        9,5        9,0        0
Educação Física               10         10         10         10         3

Resultado final: APROVADO
Observação da coordenação: {F4} teve ótima evolução em Matemática no segundo semestre.

{CITY}, {DATE}
Coordenadora pedagógica: {P3}
""",
    "ficha_inscricao_curso": """
FICHA DE INSCRIÇÃO — CURSO DE FORMAÇÃO MODULAR
{ORG}

Nome .................................. {P1}
Data de nascimento .................... {DOB}
N.º de identificação fiscal ........... {PTNIF}
Morada ................................ {ADDR}
Localidade ............................ {CITY}
Telemóvel ............................. {PHONE}
E-mail ................................ {EMAIL1}
Habilitações literárias ............... 12.º ano
Situação profissional ................. Desempregada, inscrita no centro de emprego
Curso pretendido ...................... Contabilidade e fiscalidade (50 h)
Horário ............................... Pós-laboral

Tomei conhecimento de que os dados recolhidos se destinam exclusivamente à gestão da formação.

Data: {DATE}                  Assinatura: ............................
""",
    "registo_json_paciente": """
{
  "paciente": {
    "nome": "{P3}",
    "data_nascimento": "{DOB}",
    "cpf": "{CPF}",
    "telefone": "{PHONE}",
    "email": "{EMAIL3}",
    "endereco": "{ADDR}"
  },
  "convenio": "{ORG}",
  "contato_emergencia": {"nome": "{P2}", "parentesco": "marido", "telefone": "{PHONE2}"},
  "ultima_consulta": "{DATE}",
  "profissional": "Dra. {P1}",
  "observacoes": "Alergia a dipirona. Retorno em 6 meses."
}
""",
    "recibo_aluguel": """
RECIBO DE ALUGUEL                                   N.º {NUM}

Recebi de {P4}, a importância de R$ {AMT}, referente ao aluguel do imóvel situado em
{ADDR}, relativo ao mês com vencimento em {DATE}, incluídos condomínio e IPTU.

Pagamento efetuado por transferência bancária.

Para clareza, firmo o presente recibo.

{CITY}, {DATE2}

______________________________
{P1}
Locadora — CPF {CPF}
""",
    "boletim_ocorrencia": """
BOLETIM DE OCORRÊNCIA N.º {NUM}
Natureza: furto de veículo
Data/hora do fato: {DATE}, por volta das {TIME}
Local: {ADDR}

Comunicante: {P2}, brasileiro, nascido em {DOB}, CPF {CPF}, telefone {PHONE}.

Histórico: o comunicante relata que estacionou sua motocicleta em frente ao estabelecimento
{ORG} e, ao retornar cerca de quarenta minutos depois, constatou que o veículo não estava mais no
local. Informa que a motocicleta estava trancada e que uma funcionária da loja, {P3}, viu dois
indivíduos empurrando o veículo em direção à avenida. Não há câmeras no trecho.

Testemunha: {P3}, telefone {PHONE2}.
Registrado por: {P4}, escrivão.
{CITY}, {DATE2}.
""",
    "necrologia": """
PARTICIPAÇÃO DE FALECIMENTO

{PX1}

Faleceu em {DATE}, com 84 anos, na sua casa em {CITY}.

Sua filha, {P3}, seu genro, {P2}, netos e demais família participam a todas as pessoas
das suas relações e amizade o falecimento da sua querida mãe, sogra e avó, e que o funeral se
realiza amanhã, saindo da capela mortuária às {TIME} para o cemitério local.

Missa de sétimo dia em {DATE2}.

A família agradece desde já todas as manifestações de pesar.
Agência Funerária: {ORG} — {PHONE}
""",
    "convite_casamento": """
{P1}
&
{P2}

Com a bênção de seus pais,
{P3} e {P4},
convidam para a cerimônia do seu casamento,
a realizar-se no dia {DATE}, às {TIME},
na igreja matriz de {CITY}.

Após a cerimônia, os noivos receberão os convidados no salão de festas
{ORG}, {ADDR}.

Confirmação de presença até {DATE2}:
{F1} — {PHONE} | {F2} — {PHONE2}
""",
    "curriculo_vitae": """
{PX4}
{ADDR} · {PHONE} · {EMAIL4}
Nascido em {DOB}, em {CITY}

PERFIL
Engenheiro eletrotécnico com oito anos de experiência em manutenção industrial e automação.

EXPERIÊNCIA PROFISSIONAL
{YEAR} – atual   Responsável de Manutenção — {ORG}, {CITY2}
                 Coordenação de uma equipa de seis técnicos; redução de 30% nas paragens
                 não programadas.
anteriormente    Técnico de Automação — {ORG2}

FORMAÇÃO
Mestrado Integrado em Engenharia Eletrotécnica e de Computadores

LÍNGUAS
Português (nativo), inglês (C1), espanhol (B2)

REFERÊNCIAS
Eng.ª {P1}, diretora industrial — {EMAIL1}
""",
    "circular_associacao_moradores": """
CIRCULAR N.º {NUM} — {ORG}

Caros associados,

A festa de verão do bairro realiza-se no dia {DATE}, a partir das {TIME}, no largo junto à
sede. Haverá sardinhada, música ao vivo e o tradicional torneio de sueca.

Precisamos de voluntários para montar as barracas na véspera. Quem puder ajudar deve falar
com a {F3} ({PHONE}) ou com o Sr. {P4}, que este ano coordena a logística.

Lembramos que as quotas de {YEAR} podem ser pagas na sede às terças e quintas ou por
transferência para o IBAN {IBAN}, indicando o número de sócio.

Uma palavra de agradecimento à D.ª {P1}, que durante vinte anos tratou da biblioteca da
associação e agora se despede do cargo.

Pela Direção,
{P2}, Presidente
""",
    "politica_teletrabalho": """
POLÍTICA INTERNA DE TELETRABALHO — Ref.ª {NUM}

1. Âmbito
A presente Política aplica-se a todos os Colaboradores cujas funções sejam compatíveis com o
trabalho à distância, mediante acordo escrito com a Chefia Direta.

2. Regime
O teletrabalho pode ser exercido até três dias por semana. A presença nas instalações é
obrigatória nas reuniões trimestrais de Equipa e nas ações de Formação.

3. Equipamentos
A Empresa disponibiliza computador portátil e auscultadores. Os Colaboradores recebem uma
compensação mensal de {AMT} € pelas despesas de eletricidade e internet.

4. Horário e desconexão
É respeitado o direito a desligar: não serão enviadas comunicações profissionais depois das
{TIME}, salvo situações de força maior.

5. Segurança da Informação
Documentos confidenciais não podem ser impressos fora das instalações.

Aprovada pelo Conselho de Administração em {YEAR}.
""",
    "procedimento_arquivo_documental": """
PROCEDIMENTO INTERNO PI-{NUM} — ARQUIVO DE DOCUMENTOS CONTABILÍSTICOS

Objetivo: definir as regras de arquivo e conservação dos documentos de suporte à Contabilidade.

1. Todos os documentos recebidos (faturas, notas de crédito, recibos) são digitalizados no
   próprio dia e registados no Sistema de Gestão Documental.
2. O Departamento Financeiro valida a classificação contabilística antes do arquivo definitivo.
3. Os originais em papel são guardados em pastas numeradas, por mês e por fornecedor.
4. O prazo mínimo de conservação é de dez anos, contados a partir do final do exercício.
5. A destruição de documentos fora do prazo exige autorização da Direção Administrativa e é
   feita por empresa certificada, com emissão de certificado de destruição.

Revisão: anual. Última atualização: {YEAR}.
""",
}
