namespace PyPack.Compiler;

/// <summary>A module translated to C#: the class <see cref="ClassName"/> has <c>Execute(PyModule)</c>.</summary>
public sealed record CompiledModule(string ModuleName, string FileName, string ClassName, string CSharp, IReadOnlyList<string> Imports);
