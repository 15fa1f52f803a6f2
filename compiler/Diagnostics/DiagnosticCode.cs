namespace PyPack.Compiler.Diagnostics;

/// <summary>Stable diagnostic codes (PYPnnnn); messages may improve, codes do not change meaning.</summary>
public enum DiagnosticCode
{
    /// <summary>A Python construct the compiler cannot translate yet.</summary>
    Unsupported = 1001,
    /// <summary>The source is not valid Python (the message is CPython's SyntaxError).</summary>
    SyntaxError = 1002,
    /// <summary>An import that cannot work: a name a native module does not export (the message is CPython's ImportError).</summary>
    ImportError = 1003,
}
