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
[PythonExport("iso_new_datetime")]
[PythonExport("datetime_us")]
[PythonExport("datetime_from_us")]
[PythonExport("classes")]
[PythonExport("td_new")]
[PythonExport("dt_cmp")]
[PythonExport("dt_diff")]
[PythonExport("dt_shift")]
[PythonExport("d_shift")]
[PythonExport("strftime")]
[PythonExport("wrap_format")]
[PythonExport("dt_iso")]
public static class DatetimeModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("iso_date", new PyBuiltinFunction("iso_date", static (args, kw) => IsoDate(ModuleArgs.Single("iso_date", args, kw)), IsoDate));
        g.Set("iso_time", new PyBuiltinFunction("iso_time", static (args, kw) => IsoTime(ModuleArgs.Single("iso_time", args, kw)), IsoTime));
        g.Set("iso_new_datetime", new PyBuiltinFunction("iso_new_datetime", static (args, kw) =>
        {
            ModuleArgs.Exactly("iso_new_datetime", args, kw, 2);
            return IsoNewDateTime(args[0], args[1]);
        }, twoArgs: IsoNewDateTime));
        g.Set("datetime_us", new PyBuiltinFunction("datetime_us", static (args, kw) =>
        {
            ModuleArgs.Exactly("datetime_us", args, kw, 2);
            return DateTimeMicroseconds(args[0], args[1]);
        }, twoArgs: DateTimeMicroseconds));
        g.Set("datetime_from_us", new PyBuiltinFunction("datetime_from_us", static (args, kw) =>
        {
            ModuleArgs.Exactly("datetime_from_us", args, kw, 3);
            return DateTimeFromMicroseconds(args[0], args[1], args[2]);
        }));
        g.Set("classes", new PyBuiltinFunction("classes", static (args, kw) =>
        {
            ModuleArgs.Exactly("classes", args, kw, 3);
            return DatetimeArithmetic.Register(args[0], args[1], args[2]);
        }));
        g.Set("td_new", new PyBuiltinFunction("td_new", static (args, kw) =>
        {
            ModuleArgs.Exactly("td_new", args, kw, 7);
            return DatetimeArithmetic.NewTimedelta(args);
        }));
        g.Set("dt_cmp", new PyBuiltinFunction("dt_cmp", static (args, kw) =>
        {
            ModuleArgs.Exactly("dt_cmp", args, kw, 2);
            return DatetimeArithmetic.CompareDateTimes(args[0], args[1]);
        }, twoArgs: DatetimeArithmetic.CompareDateTimes));
        g.Set("dt_diff", new PyBuiltinFunction("dt_diff", static (args, kw) =>
        {
            ModuleArgs.Exactly("dt_diff", args, kw, 2);
            return DatetimeArithmetic.SubtractDateTimes(args[0], args[1]);
        }, twoArgs: DatetimeArithmetic.SubtractDateTimes));
        g.Set("dt_shift", new PyBuiltinFunction("dt_shift", static (args, kw) =>
        {
            ModuleArgs.Exactly("dt_shift", args, kw, 3);
            return DatetimeArithmetic.ShiftDateTime(args[0], args[1], args[2]);
        }));
        g.Set("d_shift", new PyBuiltinFunction("d_shift", static (args, kw) =>
        {
            ModuleArgs.Exactly("d_shift", args, kw, 3);
            return DatetimeArithmetic.ShiftDate(args[0], args[1], args[2]);
        }));
        g.Set("strftime", new PyBuiltinFunction("strftime", static (args, kw) =>
        {
            ModuleArgs.Exactly("strftime", args, kw, 2);
            return DatetimeArithmetic.Strftime(args[0], args[1]);
        }, twoArgs: DatetimeArithmetic.Strftime));
        // wrap_format(format, us, offset_text, zone_text): the format time.strftime gets (see StrftimeWrap).
        g.Set("wrap_format", new PyBuiltinFunction("wrap_format", static (args, kw) =>
        {
            ModuleArgs.Exactly("wrap_format", args, kw, 4);
            if (args[0] is not PyStr format || args[1] is not PyInt { IsSmall: true } us) throw Errors.TypeError("wrap_format(format, us, offset_text, zone_text)");
            var offsetText = args[2];
            var zoneText = args[3];
            return StrftimeWrap.Format(format, us.Small, () => offsetText.Call0(), () => zoneText.Call0());
        }));
        g.Set("dt_iso", new PyBuiltinFunction("dt_iso", static (args, kw) =>
        {
            ModuleArgs.Exactly("dt_iso", args, kw, 3);
            return DatetimeArithmetic.IsoFormat(args[0], args[1], args[2]);
        }));
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
            ? PyTuple.Of(YearInts.Of(y), PyInt.From(m), PyInt.From(d))
            : PyNone.Instance;

    /// <summary>(hour, minute, second, microsecond, offset), offset None or microseconds east of UTC; None when malformed.</summary>
    private static PyObject IsoTime(PyObject text) =>
        IsoReader.TryTime(CodeUnits(text), out var c, out var offset)
            ? PyTuple.Of(PyInt.From(c.Hour), PyInt.From(c.Minute), PyInt.From(c.Second), PyInt.From(c.Microsecond), Offset(offset))
            : PyNone.Instance;

    /// <summary>(year, month, day, hour, minute, second, microsecond, offset), or None when malformed.</summary>
    private static PyObject IsoDateTime(PyObject text) =>
        IsoReader.TryDateTime(CodeUnits(text), out var y, out var m, out var d, out var c, out var offset)
            ? PyTuple.Of(YearInts.Of(y), PyInt.From(m), PyInt.From(d), PyInt.From(c.Hour), PyInt.From(c.Minute),
                           PyInt.From(c.Second), PyInt.From(c.Microsecond), Offset(offset))
            : PyNone.Instance;

    /// <summary>
    /// datetime.fromisoformat for the exact class (datetime.py hands it over): the instance made and
    /// its __slots__ stored here, as datetime.__new__ would store them, without the tuple of fields,
    /// their unpacking and the range check's argument array. None when the text has an offset, is
    /// malformed or out of range: datetime.py then takes its own way, which raises CPython's errors.
    /// </summary>
    private static PyObject IsoNewDateTime(PyObject cls, PyObject text)
    {
        if (cls is not PyType type || text is not PyStr) return PyNone.Instance;
        if (!IsoReader.TryDateTime(CodeUnits(text), out var y, out var m, out var d, out var c, out var offset) || offset is not null)
        {
            return PyNone.Instance;
        }
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > CivilCalendar.MonthLength(y, m)
            || c.Hour is < 0 or > 23 || c.Minute is < 0 or > 59 || c.Second is < 0 or > 59 || c.Microsecond is < 0 or > 999999)
        {
            return PyNone.Instance;
        }
        var slots = DateTimeSlots.Of(type);
        if (slots is null) return PyNone.Instance;
        var obj = new PyInstance(type);
        obj.SlotRef(slots.Year) = YearInts.Of(y);
        obj.SlotRef(slots.Month) = PyInt.From(m);
        obj.SlotRef(slots.Day) = PyInt.From(d);
        obj.SlotRef(slots.Hour) = PyInt.From(c.Hour);
        obj.SlotRef(slots.Minute) = PyInt.From(c.Minute);
        obj.SlotRef(slots.Second) = PyInt.From(c.Second);
        obj.SlotRef(slots.Microsecond) = PyInt.From(c.Microsecond);
        obj.SlotRef(slots.Fold) = PyInt.Zero;
        obj.SlotRef(slots.Zone) = PyNone.Instance;
        obj.SlotRef(slots.Hash) = PyNone.Instance;
        return obj;
    }

    private const long DayMicroseconds = 86_400_000_000, LastOrdinal = 3_652_059;

    /// <summary>
    /// A datetime's microseconds since day 0 (ordinal 0, midnight), as datetime._us_since_day0
    /// computes them, for an instance of exactly the datetime class <paramref name="cls"/> whose
    /// fields are plain ints; None for anything else (datetime.py computes it then).
    /// </summary>
    private static PyObject DateTimeMicroseconds(PyObject value, PyObject cls)
    {
        if (value is not PyInstance obj || !ReferenceEquals(obj.Type, cls) || DateTimeSlots.Of(obj.Type) is not { } slots
            || !DatetimeArithmetic.Microseconds(obj, slots, out var us))
        {
            return PyNone.Instance;
        }
        return PyInt.From(us);
    }

    /// <summary>
    /// The datetime of class <paramref name="cls"/> (exactly datetime) <paramref name="total"/>
    /// microseconds after day 0, in zone <paramref name="zone"/>, fold 0, as datetime.py's
    /// _datetime_from_us makes it; None when the total is no plain int or out of range (datetime.py
    /// then raises the OverflowError) or the class is another.
    /// </summary>
    internal static PyObject DateTimeFromMicroseconds(PyObject cls, PyObject total, PyObject zone)
    {
        if (cls is not PyType type || DateTimeSlots.Of(type) is not { } slots || !Plain(total, out var t)) return PyNone.Instance;
        var days = Math.DivRem(t, DayMicroseconds, out var rest);
        if (rest < 0)
        {
            days--;
            rest += DayMicroseconds;
        }
        if (days is < 1 or > LastOrdinal) return PyNone.Instance;
        var (y, m, d) = CivilCalendar.Civil(days);
        var secs = Math.DivRem(rest, 1_000_000, out var us);
        var mins = Math.DivRem(secs, 60, out var ss);
        var hh = Math.DivRem(mins, 60, out var mi);
        var obj = new PyInstance(type);
        obj.SlotRef(slots.Year) = YearInts.Of(y);
        obj.SlotRef(slots.Month) = PyInt.From(m);
        obj.SlotRef(slots.Day) = PyInt.From(d);
        obj.SlotRef(slots.Hour) = PyInt.From(hh);
        obj.SlotRef(slots.Minute) = PyInt.From(mi);
        obj.SlotRef(slots.Second) = PyInt.From(ss);
        obj.SlotRef(slots.Microsecond) = PyInt.From(us);
        obj.SlotRef(slots.Fold) = PyInt.Zero;
        obj.SlotRef(slots.Zone) = zone;
        obj.SlotRef(slots.Hash) = PyNone.Instance;
        return obj;
    }

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

    /// <summary>The value of an exact int (not a bool or another subclass) that fits a long; false for an unset slot.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool Plain(PyObject? value, out long result)
    {
        // An exact PyInt is always small (a big value is a PyBigInt).
        if (value is not null && value.GetType() == typeof(PyInt))
        {
            result = System.Runtime.CompilerServices.Unsafe.As<PyInt>(value).Small;
            return true;
        }
        result = 0;
        return false;
    }
}
