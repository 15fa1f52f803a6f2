using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Formatting;

/// <summary>
/// An f-string of two pieces or more, written into one reused builder as its fields are evaluated
/// (CPython formats each field as it comes, then joins): the compiler emits
/// <code>
/// f"{name}={v:>5} {i}"    FStringBuilder.Start().Value(name).Text("=").Text(Text.Format(v, FS0)).Text(" ").Value(i).Result
/// </code>
/// An exact str is copied in and an int that fits 64 bits (kept unboxed or not) is written as digits
/// in place, so the pieces leave no strings, no array of them and no box behind; any other value is
/// formatted as format(value, '') does. A field that runs another f-string (a __format__ or __str__
/// of user code) finds the builder taken and uses a new one.
/// </summary>
public readonly struct FStringBuilder
{
    [ThreadStatic] private static StringBuilder? t_free;

    private readonly StringBuilder _sb;

    private FStringBuilder(StringBuilder sb) => _sb = sb;

    public static FStringBuilder Start()
    {
        var sb = t_free ?? new StringBuilder(64);
        t_free = null;
        return new FStringBuilder(sb);
    }

    /// <summary>A literal piece, or a field already formatted (a conversion, a format spec).</summary>
    public FStringBuilder Text(string text)
    {
        _sb.Append(text);
        return this;
    }

    /// <summary><c>{value}</c>: format(value, '').</summary>
    public FStringBuilder Value(PyObject value)
    {
        var type = value.GetType();
        if (PyStr.IsExact(value)) _sb.Append(Unsafe.As<PyStr>(value).Chars);
        else if (type == typeof(PyInt) && Unsafe.As<PyInt>(value).IsSmall) AppendDigits(Unsafe.As<PyInt>(value).Small);
        else _sb.Append(Operations.Text.Format(value, ""));
        return this;
    }

    /// <summary><c>{n}</c> of a number the compiler kept unboxed: an int's digits without a box.</summary>
    public FStringBuilder Value(in Unboxed value)
    {
        if (value.TryGetInt(out var n)) AppendDigits(n);
        else _sb.Append(Operations.Text.Format(value.Box(), ""));
        return this;
    }

    private void AppendDigits(long n)
    {
        Span<char> digits = stackalloc char[20];
        n.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        _sb.Append(digits[..written]);
    }

    /// <summary>The str made, the builder handed back for the next f-string.</summary>
    public PyStr Result
    {
        get
        {
            // CPython joins the pieces into a new str, the shared one when it is empty. A short
            // one is copied once, into the str's inline form (no string made).
            PyStr result;
            if (_sb.Length == 0) result = PyStr.Empty;
            else if (_sb.Length <= PyStr.MaxInline)
            {
                Span<char> text = stackalloc char[PyStr.MaxInline];
                text = text[.._sb.Length];
                _sb.CopyTo(0, text, text.Length);
                result = PyStr.Of(text);
            }
            else result = new PyStr(_sb.ToString());
            _sb.Clear();
            if (_sb.Capacity <= 4096) t_free = _sb;
            return result;
        }
    }
}
