namespace PyPack.Packager.Build;

/// <summary>What to build and where, as the command line said it.</summary>
public sealed record BuildOptions(
    string ScriptPath,
    string Name,
    bool OneFile,
    string DistPath,
    string WorkPath,
    bool Clean,
    bool ReplaceExisting);
