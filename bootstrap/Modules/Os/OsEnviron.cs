using System.Linq;
using System.Collections;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>
/// os.environ: a str-to-str mapping over a snapshot of the environment taken at start-up whose
/// changes are also made to the process environment, so child processes see them.
/// </summary>
public sealed class OsEnviron : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyDict _data = new();

    public OsEnviron()
    {
        // CPython copies environ in the order the process received it: /proc/self/environ has that
        // order; the values come from .NET, which also knows changes made since start-up.
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables()) current[(string)e.Key] = (string?)e.Value ?? "";
        var order = new List<string>();
        try
        {
            foreach (var entry in File.ReadAllText("/proc/self/environ").Split('\0'))
            {
                var eq = entry.IndexOf('=');
                if (eq > 0 && current.ContainsKey(entry[..eq])) order.Add(entry[..eq]);
            }
        }
        catch (IOException)
        {
            // No /proc: the order below is all there is.
        }
        foreach (var k in order.Concat(current.Keys.Order(StringComparer.Ordinal)))
        {
            var key = new PyStr(k);
            if (!_data.ContainsKey(key)) _data.Set(key, new PyStr(current[k]));
        }
    }

    public override PyType Type => TypeObject;
    public PyDict Data => _data;

    public override string Repr() => "environ(" + _data.Repr() + ")";
    public override long Length() => _data.Count;
    public override bool IsTrue() => _data.Count != 0;
    public override PyIterator Iter() => _data.Iter();
    public override bool? Contains(PyObject value) => value is PyStr && _data.ContainsKey(value);
    public override long Hash() => throw Errors.TypeError("unhashable type: '_Environ'");

    public override PyObject? GetItem(PyObject key) =>
        _data.TryGet(CheckStr(key)) ?? throw Errors.KeyError(key);

    public override bool SetItem(PyObject key, PyObject value)
    {
        CheckStr(key);
        CheckStr(value);
        Environment.SetEnvironmentVariable(((PyStr)key).Value, ((PyStr)value).Value);
        _data.Set(key, value);
        return true;
    }

    public override bool DelItem(PyObject key)
    {
        CheckStr(key);
        if (_data.Remove(key) is null) throw Errors.KeyError(key);
        Environment.SetEnvironmentVariable(((PyStr)key).Value, null);
        return true;
    }

    private static PyObject CheckStr(PyObject o) =>
        o is PyStr ? o : throw Errors.TypeError($"str expected, not {o.Type.TpName}");

    private static PyType CreateType()
    {
        var type = new PyType("_Environ", null) { Module = "os" };
        type.Method("get", static (self, args, kw) =>
        {
            Args.Check("_Environ", "get", args, kw, 1, 2);
            var env = (OsEnviron)self;
            return (args[0] is PyStr ? env._data.TryGet(args[0]) : null) ?? (args.Length > 1 ? args[1] : PyNone.Instance);
        });
        type.Method("keys", static self => Operations.Attributes.CallMethod0(((OsEnviron)self)._data, "keys"));
        type.Method("values", static self => Operations.Attributes.CallMethod0(((OsEnviron)self)._data, "values"));
        type.Method("items", static self => Operations.Attributes.CallMethod0(((OsEnviron)self)._data, "items"));
        type.Method("copy", static self => ((OsEnviron)self)._data.Copy());
        type.Method("setdefault", static (self, args, kw) =>
        {
            Args.Check("_Environ", "setdefault", args, kw, 2, 2);
            var env = (OsEnviron)self;
            if (env._data.TryGet(CheckStr(args[0])) is { } existing) return existing;
            env.SetItem(args[0], args[1]);
            return args[1];
        });
        type.Method("pop", static (self, args, kw) =>
        {
            Args.Check("_Environ", "pop", args, kw, 1, 2);
            var env = (OsEnviron)self;
            if (env._data.TryGet(CheckStr(args[0])) is { } value)
            {
                env.DelItem(args[0]);
                return value;
            }
            return args.Length > 1 ? args[1] : throw Errors.KeyError(args[0]);
        });
        type.Method("update", static (self, args, kw) =>
        {
            var env = (OsEnviron)self;
            var positional = Args.PositionalCount(args, kw);
            if (positional == 1)
            {
                var source = args[0] is OsEnviron other ? other._data : args[0];
                if (source is PyDict d)
                {
                    foreach (var (k, v) in d.Pairs.Select(p => (p.Key, p.Value)).ToList()) env.SetItem(k, v);
                }
                else
                {
                    foreach (var pair in Operations.Iteration.ToArray(source))
                    {
                        var kv = Operations.Unpacking.Unpack(pair, 2);
                        env.SetItem(kv[0], kv[1]);
                    }
                }
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++) env.SetItem(new PyStr(kw![i]), args[positional + i]);
            return PyNone.Instance;
        });
        return type;
    }
}
