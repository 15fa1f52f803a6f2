using System.CommandLine;
using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Syntax;
using PyPack.Packager.Analysis;
using PyPack.Packager.Build;

namespace PyPack.Packager.Cli;

/// <summary>The <c>pypack</c> command line. Flags follow PyInstaller where they mean the same thing.</summary>
public static class PyPackCli
{
    public static RootCommand Create()
    {
        var script = new Argument<string>("script") { Description = "The Python script to build (the program's entry point), e.g. app.py" };
        var oneFile = new Option<bool>("--onefile", "-F") { Description = "Build one executable file: dist/NAME (the default)" };
        var oneDir = new Option<bool>("--onedir", "-D") { Description = "Build a folder with the executable inside: dist/NAME/NAME" };
        var name = new Option<string?>("--name", "-n") { Description = "Name of the executable (default: the script's name without .py)" };
        var distPath = new Option<string>("--distpath") { Description = "Where to put the executable", DefaultValueFactory = _ => "dist" };
        var workPath = new Option<string>("--workpath") { Description = "Where to keep generated C# and build files", DefaultValueFactory = _ => "build" };
        var clean = new Option<bool>("--clean") { Description = "Remove this app's work folder before building" };
        var yes = new Option<bool>("--noconfirm", "-y") { Description = "Replace an existing output in the dist folder without asking" };
        var logLevel = new Option<string>("--log-level") { Description = "How much to print: DEBUG, INFO, WARN or ERROR", DefaultValueFactory = _ => "INFO" };
        logLevel.AcceptOnlyFromAmong("DEBUG", "INFO", "WARN", "ERROR");

        var root = new RootCommand(
            "PyPack compiles a Python 3.11 program into one self-contained native executable that runs\n" +
            "where no Python is installed.\n\n" +
            "  pypack app.py              build dist/app (one file)\n" +
            "  pypack run app.py [args]   compile and run at once, without a native build (edit-run loop)\n" +
            "  pypack ast app.py          print the syntax tree as CPython's ast.dump does")
        {
            script, oneFile, oneDir, name, distPath, workPath, clean, yes, logLevel,
        };
        root.SetAction(result =>
        {
            var log = new Log(Console.Error, Enum.Parse<LogLevel>(result.GetValue(logLevel)!, ignoreCase: true));
            return Guard(log, () =>
            {
                var path = CheckScript(result.GetValue(script)!);
                if (result.GetValue(oneFile) && result.GetValue(oneDir)) throw new BuildFailure("--onefile and --onedir cannot be used together");
                var options = new BuildOptions(
                    path,
                    result.GetValue(name) ?? Path.GetFileNameWithoutExtension(path),
                    OneFile: !result.GetValue(oneDir),
                    result.GetValue(distPath)!,
                    result.GetValue(workPath)!,
                    result.GetValue(clean),
                    result.GetValue(yes));
                CheckName(options.Name);
                log.Info($"analysing imports of {path}");
                var app = Analyse(path, log);
                new NativeAotBuilder(log).Build(options, app);
                return 0;
            });
        });
        root.Subcommands.Add(RunCommand());
        root.Subcommands.Add(AstCommand());
        return root;
    }

    private static Command RunCommand()
    {
        var script = new Argument<string>("script") { Description = "The Python script to run" };
        var args = new Argument<string[]>("args") { Description = "Arguments for the script (sys.argv[1:])", Arity = ArgumentArity.ZeroOrMore };
        var run = new Command("run", "Compile the script in memory and run it now (no native build): the edit-run loop")
        {
            script, args,
        };
        run.TreatUnmatchedTokensAsErrors = false;
        run.SetAction(result =>
        {
            var log = new Log(Console.Error, LogLevel.Warn);
            return Guard(log, () =>
            {
                var path = CheckScript(result.GetValue(script)!);
                var app = Analyse(path, log);
                string[] argv = [result.GetValue(script)!, .. result.GetValue(args) ?? []];
                return QuickRunner.RunOnConsole(app, argv);
            });
        });
        return run;
    }

    private static Command AstCommand()
    {
        var file = new Argument<string>("file") { Description = "A Python source file" };
        var ast = new Command("ast", "Print ast.dump(ast.parse(source), include_attributes=True), as CPython 3.11 does") { file };
        ast.SetAction(result =>
        {
            var log = new Log(Console.Error, LogLevel.Warn);
            return Guard(log, () =>
            {
                var path = CheckScript(result.GetValue(file)!);
                var tree = PythonParser.Parse(File.ReadAllBytes(path), path);
                Console.Out.Write(AstDumper.Dump(tree) + "\n");
                return 0;
            });
        });
        return ast;
    }

    private static AppModules Analyse(string path, Log log)
    {
        var natives = NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location);
        var app = new ModuleFinder(natives).Find(path);
        foreach (var warning in app.Warnings) log.Warn(warning);
        return app;
    }

    private static string CheckScript(string path)
    {
        if (Directory.Exists(path)) throw new BuildFailure($"{path} is a directory; give the script to build, e.g. {Path.Combine(path, "app.py")}");
        if (!File.Exists(path)) throw new BuildFailure($"script '{path}' not found");
        try
        {
            using var _ = File.OpenRead(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new BuildFailure($"cannot read {path}: {e.Message}");
        }
        return path;
    }

    private static void CheckName(string name)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\', '\0']) >= 0 || name is "." or "..")
        {
            throw new BuildFailure($"'{name}' cannot be an executable's name");
        }
    }

    /// <summary>A path relative to the current folder when it is below it, as compilers print them.</summary>
    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>Turns every expected failure into a message on stderr and exit code 1.</summary>
    private static int Guard(Log log, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (PythonSyntaxError e)
        {
            Console.Error.Write(e.Format());
            return 1;
        }
        catch (CompileError e)
        {
            foreach (var d in e.Diagnostics) Console.Error.WriteLine((d with { FileName = Relative(d.FileName) }).ToString());
            return 1;
        }
        catch (BuildFailure e)
        {
            log.Error(e.Message);
            return 1;
        }
    }
}
