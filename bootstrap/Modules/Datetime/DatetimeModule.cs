using System.Text;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// <c>_pypack_datetime</c>: the native hot paths under datetime.py (CPython has its C _datetime):
/// the fromisoformat grammar, and range checks that let the constructors skip their Python-level
/// validation when every field is a plain int in range. Anything else (int subclasses, objects
/// with __index__, out-of-range values) answers False and datetime.py's own checks raise the
/// messages CPython gives.
/// </summary>
[PythonModule("_pypack_datetime")]
[PythonExport("iso_date")]
[PythonExport("iso_time")]
[PythonExport("iso_datetime")]
[PythonExport("date_ok")]
[PythonExport("time_ok")]
[PythonExport("datetime_ok")]
public static class DatetimeModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("iso_date", new PyBuiltinFunction("iso_date", static (args, kw) => IsoDate(ModuleArgs.Single("iso_date", args, kw)), IsoDate));
        g.Set("iso_time", new PyBuiltinFunction("iso_time", static (args, kw) => IsoTime(ModuleArgs.Single("iso_time", args, kw)), IsoTime));
        g.Set("iso_datetime", new PyBuiltinFunction("iso_datetime",
            static (args, kw) => IsoDateTime(ModuleArgs.Single("iso_datetime", args, kw)), IsoDateTime));
        g.Set("date_ok", new PyBuiltinFunction("date_ok", static (args, kw) =>
        {
            ModuleArgs.Exactly("date_ok", args, kw, 3);
            return PyBool.From(DateOk(args[0], args[1], args[2]));
        }));
        g.Set("time_ok", new PyBuiltinFunction("time_ok", static (args, kw) =>
        {
            ModuleArgs.Exactly("time_ok", args, kw, 5);
            return PyBool.From(ClockOk(args[0], args[1], args[2], args[3], args[4]));
        }));
        g.Set("datetime_ok", new PyBuiltinFunction("datetime_ok", static (args, kw) =>
        {
            ModuleArgs.Exactly("datetime_ok", args, kw, 8);
            return PyBool.From(DateOk(args[0], args[1], args[2]) && ClockOk(args[3], args[4], args[5], args[6], args[7]));
        }));
    }

    /// <summary>(year, month, day), or None when the text is no ISO date.</summary>
    private static PyObject IsoDate(PyObject text) =>
        IsoReader.TryDate(CodeUnits(text), out var y, out var m, out var d)
            ? PyTuple.Of(PyInt.From(y), PyInt.From(m), PyInt.From(d))
            : PyNone.Instance;

    /// <summary>(hour, minute, second, microsecond, offset), offset None or microseconds east of UTC; None when malformed.</summary>
    private static PyObject IsoTime(PyObject text) =>
        IsoReader.TryTime(CodeUnits(text), out var c, out var offset)
            ? PyTuple.Of(PyInt.From(c.Hour), PyInt.From(c.Minute), PyInt.From(c.Second), PyInt.From(c.Microsecond), Offset(offset))
            : PyNone.Instance;

    /// <summary>(year, month, day, hour, minute, second, microsecond, offset), or None when malformed.</summary>
    private static PyObject IsoDateTime(PyObject text) =>
        IsoReader.TryDateTime(CodeUnits(text), out var y, out var m, out var d, out var c, out var offset)
            ? PyTuple.Of(PyInt.From(y), PyInt.From(m), PyInt.From(d), PyInt.From(c.Hour), PyInt.From(c.Minute),
                           PyInt.From(c.Second), PyInt.From(c.Microsecond), Offset(offset))
            : PyNone.Instance;

    private static PyObject Offset(long? offset) => offset is { } us ? PyInt.From(us) : PyNone.Instance;

    /// <summary>
    /// The text with one char per code point: a character outside the BMP becomes U+FFFF, which
    /// the grammar treats like any other non-ASCII character.
    /// </summary>
    private static ReadOnlySpan<char> CodeUnits(PyObject text)
    {
        if (text is not PyStr s) throw Errors.TypeError("fromisoformat: argument must be str");
        // Read in place: Value would make a string of an inline str (a csv field, a slice) per call.
        if (!s.HasSurrogatePairs) return s.Chars;
        var value = s.Value;
        var units = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var pair = char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            units.Append(pair ? '\uFFFF' : value[i]);
            if (pair) i++;
        }
        return units.ToString();
    }

    private static bool DateOk(PyObject year, PyObject month, PyObject day)
    {
        if (!Plain(year, out var y) || !Plain(month, out var m) || !Plain(day, out var d)) return false;
        return y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= CivilCalendar.MonthLength(y, m);
    }

    private static bool ClockOk(PyObject hour, PyObject minute, PyObject second, PyObject microsecond, PyObject fold) =>
        Plain(hour, out var h) && h is >= 0 and <= 23
        && Plain(minute, out var mi) && mi is >= 0 and <= 59
        && Plain(second, out var s) && s is >= 0 and <= 59
        && Plain(microsecond, out var us) && us is >= 0 and <= 999999
        && Plain(fold, out var f) && f is 0 or 1;

    /// <summary>The value of an exact int (not a bool or another subclass) that fits a long.</summary>
    private static bool Plain(PyObject value, out long result)
    {
        if (value.GetType() == typeof(PyInt) && value is PyInt { IsSmall: true } i)
        {
            result = i.Small;
            return true;
        }
        result = 0;
        return false;
    }
}
