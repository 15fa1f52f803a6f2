using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary>
/// <c>exit</c> and <c>quit</c>: the objects CPython's site module puts in builtins, which scripts
/// call to stop (<c>exit(1)</c>). Calling one closes sys.stdin and raises SystemExit(code); the
/// repr is the hint the REPL shows. <c>__call__</c> is a Python method in CPython, so its argument
/// errors read like a def's.
/// </summary>
public sealed class Quitter(string name) : PyObject
{
    private const string Eof = "Ctrl-D (i.e. EOF)";

    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;

    public override string Repr() => $"Use {name}() or {Eof} to exit";

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(name),
        "eof" => new PyStr(Eof),
        _ => null,
    };

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var code = BindCode(args, kwnames);
        // As site's Quitter does: a REPL reading stdin stops reading it before the exit.
        if (Hosting.Interpreter.Current.SysStdin?.Value is { } stdin and not PyNone)
        {
            try { Attributes.CallMethod0(stdin, "close"); } catch (PyException) { }
        }
        throw new PySystemExit(ExceptionTypes.SystemExit, PyTuple.Of(code ?? PyNone.Instance)).ToException();
    }

    /// <summary>The one parameter of <c>__call__(self, code=None)</c>.</summary>
    private static PyObject? BindCode(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        const string function = "Quitter.__call__";
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional > 1) throw Errors.TypeError($"{function}() takes from 1 to 2 positional arguments but {positional + 1} were given");
        PyObject? code = positional == 1 ? args[0] : null;
        for (var k = 0; k < kwCount; k++)
        {
            if (kwnames![k] != "code") throw Errors.TypeError($"{function}() got an unexpected keyword argument '{kwnames[k]}'");
            if (code is not null) throw Errors.TypeError($"{function}() got multiple values for argument 'code'");
            code = args[positional + k];
        }
        return code;
    }

    private static PyType CreateType()
    {
        var type = new PyType("Quitter", null) { Module = "_sitebuiltins", TpName = "_sitebuiltins.Quitter" };
        type.Method("__call__", static (self, args, kw) => ((Quitter)self).Call(args, kw));
        return type;
    }
}
