using PyPack.Compiler;

namespace PyPack.Packager.Analysis;

/// <summary>Everything an app consists of: its compiled Python modules and the native modules it uses.</summary>
public sealed record AppModules(
    IReadOnlyList<CompiledModule> Python,
    IReadOnlyList<NativeModule> Native,
    IReadOnlyList<string> Warnings);
