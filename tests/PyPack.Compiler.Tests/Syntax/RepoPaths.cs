namespace PyPack.Compiler.Tests.Syntax;

/// <summary>Finds files of the checkout (the folder holding PyPack.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    private static string? s_root;

    public static string Root
    {
        get
        {
            if (s_root != null)
                return s_root;
            string? dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "PyPack.sln")))
                dir = Path.GetDirectoryName(dir);
            return s_root = dir ?? throw new InvalidOperationException("PyPack.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SyntaxTests => Path.Combine(Root, "tests", "PyPack.Compiler.Tests", "Syntax");
    public static string TestApps => Path.Combine(Root, "testapps");
}
