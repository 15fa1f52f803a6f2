using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// <c>a + b + c</c>: the compiler emits <c>StrChain.Of(a, b).Add(c).Result</c>. Exact strs wait
/// and are joined in one concatenation, without the intermediate str of <c>a + b</c>; any other
/// operand makes the chain '+' step by step at once, in CPython's order (a's __add__ or b's
/// __radd__ runs before c is evaluated). Joining exact strs later is unobservable: their '+' runs
/// no Python code.
/// </summary>
public readonly struct StrChain
{
    private readonly PyObject? _value; // the result so far, when no pieces wait
    private readonly PyStr? _a, _b, _c; // the pieces waiting: _a and _b, maybe _c

    private StrChain(PyObject value) => _value = value;

    private StrChain(PyStr a, PyStr b, PyStr? c)
    {
        _a = a;
        _b = b;
        _c = c;
    }

    public static StrChain Of(PyObject a, PyObject b) =>
        a is PyStr x && x.JoinsAsHead && b is PyStr y && PyStr.IsExact(b)
            ? new StrChain(x, y, null)
            : new StrChain(Arithmetic.Add(a, b));

    public StrChain Add(PyObject next)
    {
        if (_value is not null) return new StrChain(Arithmetic.Add(_value, next));
        if (next is PyStr z && PyStr.IsExact(next))
        {
            return _c is null ? new StrChain(_a!, _b!, z) : new StrChain(PyStr.Join(_a!, _b!, _c), z, null);
        }
        return new StrChain(Arithmetic.Add(PyStr.Join(_a!, _b!, _c), next));
    }

    public PyObject Result => _value ?? PyStr.Join(_a!, _b!, _c);
}
