using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Getpass;

/// <summary>The <c>getpass</c> module: the user's login name, and a password prompt without echo.</summary>
[PythonModule("getpass")]
[PythonExport("getuser")]
[PythonExport("getpass")]
public static class GetpassModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("getuser", new PyBuiltinFunction("getuser", static (args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"getuser() takes 0 positional arguments but {args.Length} {(args.Length == 1 ? "was" : "were")} given");
            // CPython's order: the login environment variables, then the password database.
            foreach (var name in new[] { "LOGNAME", "USER", "LNAME", "USERNAME" })
            {
                if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } user) return new PyStr(user);
            }
            return new PyStr(Environment.UserName);
        }));
        g.Set("getpass", new PyBuiltinFunction("getpass", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("getpass", args, kw, ["prompt", "stream"], 0);
            var prompt = a[0] is PyStr p ? p.Value : "Password: ";
            var interpreter = Interpreter.Current;
            interpreter.Stderr.Write(prompt);
            interpreter.Stderr.Flush();
            var line = ReadWithoutEcho();
            interpreter.Stderr.Write("\n");
            return line is null ? throw Errors.Raise(Exceptions.ExceptionTypes.EOFError, "") : new PyStr(line);
        }));
    }

    private static string? ReadWithoutEcho()
    {
        if (!StandardInput.IsTerminal) return StandardInput.Reader.ReadLine();
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) return sb.ToString();
            if (key.Key == ConsoleKey.Backspace)
            {
                if (sb.Length > 0) sb.Length--;
            }
            else
            {
                sb.Append(key.KeyChar);
            }
        }
    }
}
