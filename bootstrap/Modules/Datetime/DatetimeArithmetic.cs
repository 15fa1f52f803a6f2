using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// The everyday arithmetic of datetime.py's exact classes, natively: timedelta from plain int
/// parts, naive (or same-zone) datetime comparison and subtraction, datetime and date plus or
/// minus a timedelta. CPython does these in C; in datetime.py each took several Python calls and
/// tuples. Every function answers None for anything else (subclasses, other zones, non-int
/// fields, results out of range), and datetime.py then computes it, raising CPython's errors.
/// </summary>
internal static class DatetimeArithmetic
{
    private const long Us = 1_000_000, DayUs = 86_400 * Us, DayLimit = 999_999_999, LastOrdinal = 3_652_059;

    // datetime.py's classes, handed over once at its import (classes(date, datetime, timedelta)).
    private sealed record Classes(PyType Date, PyType DateTime, PyType Timedelta);
    private static Classes? s_classes;

    public static PyObject Register(PyObject date, PyObject datetime, PyObject timedelta)
    {
        if (date is PyType d && datetime is PyType dt && timedelta is PyType td) s_classes = new Classes(d, dt, td);
        return PyNone.Instance;
    }

    /// <summary>strftime of an exact date or naive datetime (see <see cref="DateFormat"/>).</summary>
    public static PyObject Strftime(PyObject value, PyObject format) =>
        s_classes is { } classes ? DateFormat.Strftime(value, format, classes.Date, classes.DateTime) : PyNone.Instance;

    /// <summary>isoformat(sep, 'auto') of an exact naive datetime (see <see cref="DateFormat"/>).</summary>
    public static PyObject IsoFormat(PyObject value, PyObject sep, PyObject timespec) =>
        s_classes is { } classes ? DateFormat.IsoFormat(value, sep, timespec, classes.DateTime) : PyNone.Instance;

    /// <summary>
    /// timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks) when every part
    /// is a plain int and the total fits: the sum is exact, so no rounding question arises.
    /// </summary>
    public static PyObject NewTimedelta(ReadOnlySpan<PyObject> parts)
    {
        if (parts.Length != 7 || s_classes is not { } classes) return PyNone.Instance;
        Span<long> v = stackalloc long[7];
        for (var i = 0; i < 7; i++)
        {
            if (!DatetimeModule.Plain(parts[i], out v[i])) return PyNone.Instance;
        }
        long total;
        try
        {
            total = checked(v[2] + v[3] * 1000 + v[1] * Us + v[4] * 60 * Us + v[5] * 3600 * Us + v[0] * DayUs + v[6] * 7 * DayUs);
        }
        catch (OverflowException)
        {
            return PyNone.Instance;
        }
        return MakeTimedelta(classes.Timedelta, total);
    }

    /// <summary>-1, 0 or 1 for two datetimes of exactly datetime.py's class in the same zone object (None: naive).</summary>
    public static PyObject CompareDateTimes(PyObject a, PyObject b)
    {
        if (s_classes is not { } classes || !SameZone(a, b, classes.DateTime, out var slots)) return PyNone.Instance;
        if (!Microseconds(Instance(a), slots, out var x) || !Microseconds(Instance(b), slots, out var y)) return PyNone.Instance;
        return PyInt.From(x.CompareTo(y));
    }

    /// <summary>datetime - datetime in the same zone object: the wall-clock difference.</summary>
    public static PyObject SubtractDateTimes(PyObject a, PyObject b)
    {
        if (s_classes is not { } classes || !SameZone(a, b, classes.DateTime, out var slots)) return PyNone.Instance;
        if (!Microseconds(Instance(a), slots, out var x) || !Microseconds(Instance(b), slots, out var y)) return PyNone.Instance;
        return MakeTimedelta(classes.Timedelta, x - y);
    }

    /// <summary>datetime + sign * timedelta, for exactly datetime.py's classes.</summary>
    public static PyObject ShiftDateTime(PyObject value, PyObject delta, PyObject sign)
    {
        if (s_classes is not { } classes || value is not PyInstance obj || !ReferenceEquals(obj.Type, classes.DateTime)
            || DateTimeSlots.Of(obj.Type) is not { } slots || !Total(delta, classes, out var total) || !DatetimeModule.Plain(sign, out var s)
            || !Microseconds(obj, slots, out var us))
        {
            return PyNone.Instance;
        }
        // A datetime is under 3.2e17 us; a plain total may be near 2**63, so the sum is checked.
        long moved;
        try
        {
            moved = checked(us + s * total);
        }
        catch (OverflowException)
        {
            return PyNone.Instance;
        }
        return DatetimeModule.DateTimeFromMicroseconds(classes.DateTime, PyInt.From(moved), obj.SlotRef(slots.Zone)!);
    }

    /// <summary>date + sign * timedelta (its days only), for exactly datetime.py's classes.</summary>
    public static PyObject ShiftDate(PyObject value, PyObject delta, PyObject sign)
    {
        if (s_classes is not { } classes || value is not PyInstance obj || !ReferenceEquals(obj.Type, classes.Date)
            || FieldSlots.Date.Of(obj.Type) is not { } slots || !DatetimeModule.Plain(sign, out var s)
            || delta is not PyInstance td || !ReferenceEquals(td.Type, classes.Timedelta)
            || FieldSlots.Timedelta.Of(td.Type) is not { } tdSlots || !DatetimeModule.Plain(td.SlotRef(tdSlots[1]), out var days)
            || !DatetimeModule.Plain(obj.SlotRef(slots[0]), out var y) || !DatetimeModule.Plain(obj.SlotRef(slots[1]), out var m) || !DatetimeModule.Plain(obj.SlotRef(slots[2]), out var d)
            || y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > CivilCalendar.MonthLength(y, m))
        {
            return PyNone.Instance;
        }
        // |days| <= 999999999: no overflow.
        var n = CivilCalendar.Ordinal(y, m, d) + s * days;
        if (n is < 1 or > LastOrdinal) return PyNone.Instance;
        var (ny, nm, nd) = CivilCalendar.Civil(n);
        var made = new PyInstance(classes.Date);
        made.SlotRef(slots[0]) = YearInts.Of(ny);
        made.SlotRef(slots[1]) = PyInt.From(nm);
        made.SlotRef(slots[2]) = PyInt.From(nd);
        made.SlotRef(slots[3]) = PyNone.Instance;
        return made;
    }

    /// <summary>A timedelta of <paramref name="total"/> microseconds as datetime.py's _td makes it, or None past its day limit.</summary>
    private static PyObject MakeTimedelta(PyType type, long total)
    {
        if (FieldSlots.Timedelta.Of(type) is not { } slots) return PyNone.Instance;
        var days = Math.DivRem(total, DayUs, out var rest);
        if (rest < 0)
        {
            days--;
            rest += DayUs;
        }
        if (days is < -DayLimit or > DayLimit) return PyNone.Instance;
        var obj = new PyInstance(type);
        obj.SlotRef(slots[0]) = PyInt.From(total);
        obj.SlotRef(slots[1]) = PyInt.From(days);
        obj.SlotRef(slots[2]) = PyInt.From(rest / Us);
        obj.SlotRef(slots[3]) = PyInt.From(rest % Us);
        obj.SlotRef(slots[4]) = PyNone.Instance;
        return obj;
    }

    /// <summary>The total microseconds of a timedelta of exactly datetime.py's class.</summary>
    private static bool Total(PyObject delta, Classes classes, out long total)
    {
        total = 0;
        return delta is PyInstance td && ReferenceEquals(td.Type, classes.Timedelta)
            && FieldSlots.Timedelta.Of(td.Type) is { } slots && DatetimeModule.Plain(td.SlotRef(slots[0]), out total);
    }

    private static bool SameZone(PyObject a, PyObject b, PyType type, out DateTimeSlots slots)
    {
        slots = null!;
        if (a is not PyInstance x || b is not PyInstance y || !ReferenceEquals(x.Type, type) || !ReferenceEquals(y.Type, type)) return false;
        if (DateTimeSlots.Of(type) is not { } found || !ReferenceEquals(x.SlotRef(found.Zone), y.SlotRef(found.Zone))) return false;
        slots = found;
        return true;
    }

    private static PyInstance Instance(PyObject o) => System.Runtime.CompilerServices.Unsafe.As<PyInstance>(o);

    /// <summary>A datetime's microseconds since day 0, as datetime.py's _us_since_day0 computes them; false for odd fields.</summary>
    internal static bool Microseconds(PyInstance obj, DateTimeSlots slots, out long us)
    {
        us = 0;
        if (!DatetimeModule.Plain(obj.SlotRef(slots.Year), out var y) || !DatetimeModule.Plain(obj.SlotRef(slots.Month), out var m) || !DatetimeModule.Plain(obj.SlotRef(slots.Day), out var d)
            || !DatetimeModule.Plain(obj.SlotRef(slots.Hour), out var hh) || !DatetimeModule.Plain(obj.SlotRef(slots.Minute), out var mi)
            || !DatetimeModule.Plain(obj.SlotRef(slots.Second), out var ss) || !DatetimeModule.Plain(obj.SlotRef(slots.Microsecond), out var u)
            || y is < 1 or > 9999 || m is < 1 or > 12 || d is < 1 or > 31 || hh is < 0 or > 23 || mi is < 0 or > 59
            || ss is < 0 or > 59 || u is < 0 or > 999_999)
        {
            return false;
        }
        us = CivilCalendar.Ordinal(y, m, d) * DayUs + ((hh * 60 + mi) * 60 + ss) * Us + u;
        return true;
    }
}
