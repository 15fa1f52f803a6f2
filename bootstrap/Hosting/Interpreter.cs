using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The state of one running Python program: its modules, builtins, standard streams and argv.
/// One per process in a built executable; the in-process quick path makes a fresh one per run.
/// </summary>
public sealed class Interpreter
{
    private static Interpreter? s_current;
    private readonly Dictionary<string, ModuleDefinition> _definitions = new(StringComparer.Ordinal);

    public Interpreter(IEnumerable<ModuleDefinition> modules, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr)
    {
        foreach (var m in modules) _definitions[m.Name] = m;
        Argv = argv;
        Stdout = stdout;
        Stderr = stderr;
        CallDepth.Limit = CallDepth.DefaultLimit;
        Builtins = new PyModule("builtins");
        Runtime.Builtins.BuiltinsModule.Initialize(Builtins);
    }

    public static Interpreter Current => s_current ?? throw new InvalidOperationException("no Python interpreter is running");

    /// <summary>sys.modules.</summary>
    public Dictionary<string, PyModule> Modules { get; } = new(StringComparer.Ordinal);

    public PyModule Builtins { get; }
    public IReadOnlyList<string> Argv { get; }
    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }

    /// <summary>Imports <paramref name="name"/>: the module from sys.modules, or runs its code once.</summary>
    public PyModule Import(string name)
    {
        if (Modules.TryGetValue(name, out var existing)) return existing;
        if (!_definitions.TryGetValue(name, out var definition))
        {
            throw Errors.ModuleNotFoundError($"No module named '{name}'");
        }
        return Execute(definition, name);
    }

    private PyModule Execute(ModuleDefinition definition, string name)
    {
        var module = new PyModule(name, definition.FileName);
        // In sys.modules before it runs, so circular imports see the partial module.
        Modules[name] = module;
        try
        {
            definition.Execute(module);
        }
        catch
        {
            Modules.Remove(name);
            throw;
        }
        return module;
    }

    /// <summary>Runs module <paramref name="mainModule"/> as __main__ and returns the process exit code.</summary>
    public int RunMain(string mainModule)
    {
        var previous = s_current;
        s_current = this;
        CallDepth.Reset();
        try
        {
            if (!_definitions.TryGetValue(mainModule, out var definition))
            {
                throw new InvalidOperationException($"the executable has no module '{mainModule}'");
            }
            Execute(definition, "__main__");
            return 0;
        }
        catch (PyException e)
        {
            return ExitStatus.Of(e.Value, this);
        }
        finally
        {
            FlushQuietly(Stdout);
            FlushQuietly(Stderr);
            s_current = previous;
        }
    }

    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
            // A closed pipe at exit loses nothing the reader still wants.
        }
    }
}
