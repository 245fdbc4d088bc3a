"""The stable diagnostic codes. Each is documented, with an example, in
docs/diagnostics.md (a test keeps the two in step). Codes never change meaning;
new ones are added at the end of their group."""

from __future__ import annotations

# --- OPL syntax (Keto refuses the file) -------------------------------------
UNEXPECTED_CHARACTER = "unexpected-character"
UNCLOSED_COMMENT = "unclosed-comment"
UNCLOSED_STRING = "unclosed-string"
SYNTAX_ERROR = "syntax-error"
NESTING_TOO_DEEP = "nesting-too-deep"

# --- OPL type checks (Keto refuses the file) --------------------------------
UNDECLARED_NAMESPACE = "undeclared-namespace"
UNDECLARED_RELATION = "undeclared-relation"
TRAVERSE_RELATION_MISSING = "traverse-relation-missing"
SUBJECT_SET_TOO_DEEP = "subject-set-too-deep"

# --- OPL warnings: what Keto accepts but probably is not meant ---------------
DUPLICATE_CLASS = "duplicate-class"
DUPLICATE_RELATION = "duplicate-relation"
PERMIT_CYCLE = "permit-cycle"
MIXED_OPERATORS = "mixed-operators"
JUXTAPOSED_EXPRESSIONS = "juxtaposed-expressions"
DROPPED_PERMIT = "dropped-permit"
IGNORED_BY_KETO = "ignored-by-keto"
TRAILING_OPERATOR = "trailing-operator"
UNUSED_RELATION = "unused-relation"
INCLUDES_PERMIT = "includes-permit"
TRAVERSE_SUBJECT_SET_RELATION = "traverse-subject-set-relation"
NAMING_CONVENTION = "naming-convention"
EMPTY_NAMESPACE = "empty-namespace"
EMPTY_GROUP = "empty-group"
UNCLOSED_GROUP = "unclosed-group"

# --- tuples -------------------------------------------------------------------
TUPLE_SYNTAX = "tuple-syntax"
TUPLE_JSON = "tuple-json"
TUPLE_UNKNOWN_NAMESPACE = "tuple-unknown-namespace"
TUPLE_UNKNOWN_RELATION = "tuple-unknown-relation"
TUPLE_SUBJECT_TYPE = "tuple-subject-type"
TUPLE_ON_PERMIT = "tuple-on-permit"
TUPLE_BOTH_SUBJECTS = "tuple-both-subjects"
TUPLE_DUPLICATE = "tuple-duplicate"
TUPLE_SUBJECT_ID_LOOKS_LIKE_SET = "tuple-subject-id"

# --- workspace files ------------------------------------------------------------
WORKSPACE_YAML = "workspace-yaml"
WORKSPACE_SCHEMA = "workspace-schema"
WORKSPACE_FILE = "workspace-file"
WORKSPACE_QUERY = "workspace-query"
TEST_FAILED = "test-failed"
TEST_ERROR = "test-error"

# Severity and one-line summary of every code, in documentation order.
ALL: dict[str, tuple[str, str]] = {
    UNEXPECTED_CHARACTER: ("error", "a character that is not part of OPL"),
    UNCLOSED_COMMENT: ("error", "a /* comment without */"),
    UNCLOSED_STRING: ("error", "a string literal without its closing quote"),
    SYNTAX_ERROR: ("error", "a token Keto's parser does not accept here"),
    NESTING_TOO_DEEP: ("error", "a permit expression nested deeper than Keto's limit of 10"),
    UNDECLARED_NAMESPACE: ("error", "a type names a namespace (class) that is not declared"),
    UNDECLARED_RELATION: ("error", "a relation or permit that the namespace does not declare"),
    TRAVERSE_RELATION_MISSING: ("error", "a traverse over a relation whose types lack the relation or permit named in the lambda"),
    SUBJECT_SET_TOO_DEEP: ("error", "SubjectSet types nested too deeply for Keto's type check"),
    DUPLICATE_CLASS: ("warning", "a class declared twice"),
    DUPLICATE_RELATION: ("warning", "a relation or permit declared twice in one class"),
    PERMIT_CYCLE: ("warning", "a permit that depends on itself with no base case"),
    MIXED_OPERATORS: ("warning", "&& and || mixed without parentheses (Keto reads them left to right)"),
    JUXTAPOSED_EXPRESSIONS: ("warning", "two expressions with no operator between them"),
    DROPPED_PERMIT: ("warning", "a permit Keto silently drops"),
    IGNORED_BY_KETO: ("warning", "text that Keto skips (outside any class)"),
    TRAILING_OPERATOR: ("warning", "an operator with nothing after it"),
    UNUSED_RELATION: ("hint", "a relation no permit uses and no other type refers to"),
    INCLUDES_PERMIT: ("warning", "this.related.X.includes(...) where X is a permit"),
    TRAVERSE_SUBJECT_SET_RELATION: ("information", "a traverse over SubjectSet types ignores the subject set's relation"),
    NAMING_CONVENTION: ("hint", "a name against Keto's conventions"),
    EMPTY_NAMESPACE: ("hint", "a namespace with no relations: Keto checks it without a schema"),
    EMPTY_GROUP: ("warning", "`!` over an empty group: Keto accepts it, checks through it fail"),
    UNCLOSED_GROUP: ("warning", "a `(` left open at the `}` that ends the permits block"),
    TUPLE_SYNTAX: ("error", "a line that is not a relation tuple"),
    TUPLE_JSON: ("error", "a JSON tuple file that is not an array of tuple objects"),
    TUPLE_UNKNOWN_NAMESPACE: ("error", "a tuple in a namespace the schema does not declare (Keto refuses to store it)"),
    TUPLE_UNKNOWN_RELATION: ("warning", "a tuple with a relation its namespace does not declare"),
    TUPLE_SUBJECT_TYPE: ("warning", "a subject the relation's types do not allow"),
    TUPLE_ON_PERMIT: ("warning", "a tuple stored under a permit's name"),
    TUPLE_BOTH_SUBJECTS: ("warning", "a JSON tuple with both subject_id and subject_set"),
    TUPLE_DUPLICATE: ("hint", "the same tuple twice"),
    TUPLE_SUBJECT_ID_LOOKS_LIKE_SET: ("information", "a subject ID where the schema expects a subject set"),
    WORKSPACE_YAML: ("error", "a workspace file that is not valid YAML or lacks required keys"),
    WORKSPACE_SCHEMA: ("error", "a workspace file's schema has errors"),
    WORKSPACE_FILE: ("error", "a file named in a workspace that cannot be read"),
    WORKSPACE_QUERY: ("error", "a malformed query or expectation in a test"),
    TEST_FAILED: ("error", "a test assertion that does not hold"),
    TEST_ERROR: ("error", "a test assertion that could not be evaluated"),
}
