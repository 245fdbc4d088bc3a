"""The OPL front end: lexer, parser (lark LALR tables), analysis, formatter."""
