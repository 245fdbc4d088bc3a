"""Keto's named limits, in one place (as Keto's limits.go and its config)."""

# OPL parser: maximal nesting of `(` and `!` in a permit expression
EXPRESSION_NESTING_MAX_DEPTH = 10
# OPL type check: how deep SubjectSet<…> types are followed
SUBJECT_SET_TYPECHECK_MAX_DEPTH = 10

# check engine (Keto's config defaults)
DEFAULT_MAX_DEPTH = 5          # limit.max_read_depth
DEFAULT_MAX_WIDTH = 100        # limit.max_read_width
MAX_CALL_STEPS = 1000          # steps along one resolution path

# expand: node cap of a tree
EXPAND_MAX_NODES = 4000

# list: page sizes
LIST_DEFAULT_PAGE_SIZE = 100
LIST_MAX_PAGE_SIZE = 500

# how many syntax errors one file reports before the rest is only recovered
MAX_SYNTAX_ERRORS = 100
