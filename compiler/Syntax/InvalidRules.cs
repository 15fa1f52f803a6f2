using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// The invalid_* rules of python.gram: only run in the second pass, they either raise the specific
// error or fail.
internal sealed partial class Parser
{
    private void InvalidExpression() { }
    private void InvalidLegacyExpression() { }
    private void InvalidNamedExpression() { }
    private void InvalidGroup() { }
    private void InvalidDoubleStarredKvpairs() { }
    private void InvalidForTarget() { }
    private void InvalidComprehension() { }
    private void InvalidDictComprehension() { }
    private void InvalidArguments() { }
    private void InvalidKwarg() { }
    private void InvalidLambdaParameters() { }
    private void InvalidParameters() { }
    private void InvalidLambdaStarEtc() { }
    private void InvalidStarEtc() { }
    private void InvalidKwds(bool lambda) { }
    private void InvalidDefault() { }
    private void InvalidAssignment() { }
    private void InvalidDelStmt() { }
    private void InvalidImportFromTargets() { }
    private void InvalidBlock() { }
    private void InvalidDefRaw() { }
    private void InvalidClassDefRaw() { }
    private void InvalidIfStmt() { }
    private void InvalidElifStmt() { }
    private void InvalidElseStmt() { }
    private void InvalidWhileStmt() { }
    private void InvalidForStmt() { }
    private void InvalidWithStmtIndent() { }
    private void InvalidWithStmt() { }
    private void InvalidWithItem() { }
    private void InvalidTryStmt() { }
    private void InvalidExceptStmtIndent() { }
    private void InvalidExceptStmt() { }
    private void InvalidExceptStarStmtIndent() { }
    private void InvalidFinallyStmt() { }
    private void InvalidMatchStmt() { }
    private void InvalidCaseBlock() { }
    private void InvalidAsPattern() { }
    private void InvalidClassPattern() { }
}
