using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Syntax;
using PyPack.Packager.Analysis;
using PyPack.Packager.Build;

namespace PyPack.Packager.Tests.TestApps;

/// <summary>Runs a program on the quick path in this process, as <c>pypack run</c> does, capturing its output.</summary>
public static class QuickRun
{
    private static readonly Lazy<NativeModuleCatalog> s_natives =
        new(() => NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location));

    public static (string Stdout, string Stderr, int ExitCode) Run(string scriptPath, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var previous = Environment.CurrentDirectory;
        Runtime.Objects.StrHash.UseSeed("0");
        try
        {
            // CPython ran the program in its own folder.
            Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(scriptPath))!;
            var app = new ModuleFinder(s_natives.Value).Find(scriptPath);
            var code = QuickRunner.Run(app, [Path.GetFileName(scriptPath), .. args], stdout, stderr);
            return (stdout.ToString(), stderr.ToString(), code);
        }
        catch (PythonSyntaxError e)
        {
            return ("", e.Format(), 1);
        }
        catch (CompileError e)
        {
            return ("", string.Join("\n", e.Diagnostics) + "\n", 1);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
