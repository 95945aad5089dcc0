DROP TABLE pseudonym_vault;
