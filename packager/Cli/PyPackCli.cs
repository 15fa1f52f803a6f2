using System.CommandLine;
using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Syntax;
using PyPack.Packager.Analysis;
using PyPack.Packager.Build;
using PyPack.Packager.Data;

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
        var analysis = new AnalysisOptions();
        var addData = new Option<string[]>("--add-data")
        {
            Description = "Embed data files: SRC:DEST, SRC a file, folder or glob, DEST a folder relative to the script's " +
                          "(files are then found next to __file__). Repeatable",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var collectData = new Option<string[]>("--collect-data")
        {
            Description = "Embed the data files (non-.py files) of package PKG, e.g. one from site-packages. Repeatable",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var root = new RootCommand(
            "PyPack compiles a Python 3.11 program into one self-contained native executable that runs\n" +
            "where no Python is installed.\n\n" +
            "  pypack app.py              build dist/app (one file)\n" +
            "  pypack run app.py [args]   compile and run at once, without a native build (edit-run loop)\n" +
            "  pypack ast app.py          print the syntax tree as CPython's ast.dump does")
        {
            script, oneFile, oneDir, name, distPath, workPath, clean, yes, logLevel,
            analysis.Paths, analysis.HiddenImports, analysis.ExcludedModules, analysis.Graph, addData, collectData,
        };
        root.SetAction(result =>
        {
            var log = new Log(Console.Error, Enum.Parse<LogLevel>(result.GetValue(logLevel)!, ignoreCase: true));
            return Guard(log, () =>
            {
                var path = CheckScript(result.GetValue(script)!);
                if (result.GetValue(oneFile) && result.GetValue(oneDir)) throw new BuildFailure("--onefile and --onedir cannot be used together");
                var entry = EntryPoint.Of(path);
                var options = new BuildOptions(
                    path,
                    result.GetValue(name) ?? entry.DefaultName,
                    OneFile: !result.GetValue(oneDir),
                    result.GetValue(distPath)!,
                    result.GetValue(workPath)!,
                    result.GetValue(clean),
                    result.GetValue(yes));
                CheckName(options.Name);
                Prerequisites.Check();
                OutputPlacement.CheckWritable(options.DistPath);
                var dataSpecs = (result.GetValue(addData) ?? []).Select(DataFileSpec.Parse).ToList();
                foreach (var spec in dataSpecs) spec.CheckSourceExists();
                var workDir = Path.GetFullPath(Path.Combine(options.WorkPath, options.Name));
                if (options.Clean && Directory.Exists(workDir))
                {
                    log.Info($"removing {workDir} (--clean)");
                    Directory.Delete(workDir, recursive: true);
                }
                log.Info($"analysing imports of {path}");
                var finderOptions = analysis.Read(result) with { CacheFolder = Path.Combine(workDir, "cache") };
                var app = Analyse(path, finderOptions, log);
                WriteGraph(result.GetValue(analysis.Graph), app, log);
                var data = DataFileCollector.Collect(entry, app, dataSpecs, result.GetValue(collectData) ?? [], finderOptions);
                if (data.Count > 0) log.Info($"embedding {data.Count} data file(s)");
                new NativeAotBuilder(log).Build(options, app with { DataFiles = data });
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
        var analysis = new AnalysisOptions();
        var run = new Command("run", "Compile the script in memory and run it now (no native build): the edit-run loop")
        {
            script, args, analysis.Paths, analysis.HiddenImports, analysis.ExcludedModules, analysis.Graph,
        };
        run.TreatUnmatchedTokensAsErrors = false;
        run.SetAction(result =>
        {
            var log = new Log(Console.Error, LogLevel.Warn);
            return Guard(log, () =>
            {
                var path = CheckScript(result.GetValue(script)!);
                var app = Analyse(path, analysis.Read(result), log);
                WriteGraph(result.GetValue(analysis.Graph), app, log);
                app = app with { DataFiles = DataFileCollector.Collect(EntryPoint.Of(path), app, [], [], analysis.Read(result)) };
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

    private static AppModules Analyse(string path, ModuleFinderOptions options, Log log)
    {
        var natives = NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location);
        var app = new ModuleFinder(natives).Find(path, options);
        foreach (var warning in app.Warnings) log.Warn(warning);
        var python = app.Python.Count;
        log.Info($"found {python} Python module(s) and {app.Native.Count} native module(s)");
        return app;
    }

    private static void WriteGraph(string? file, AppModules app, Log log)
    {
        if (file is null || app.Graph is null) return;
        try
        {
            ModuleGraphWriter.Write(app.Graph, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BuildFailure($"cannot write the module graph to {file}: {e.Message}");
        }
        log.Info($"module graph written to {file}");
    }

    private static string CheckScript(string path)
    {
        // A folder with __main__.py runs like `python DIR` (or `python -m pkg` for a package).
        if (Directory.Exists(path) && File.Exists(Path.Combine(path, "__main__.py"))) return path;
        if (Directory.Exists(path)) throw new BuildFailure($"{path} is a directory; give the script to build, e.g. {Path.Combine(path, "app.py")}, or a folder with a __main__.py");
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in PyPack itself: say so plainly, without a .NET stack trace, and change nothing.
            log.Error($"internal error ({e.GetType().Name}: {e.Message}); this is a PyPack bug, please report it with the script that caused it");
            return 1;
        }
    }
}
