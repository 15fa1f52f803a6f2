using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// date.strftime and naive datetime.strftime of datetime.py's exact classes, natively: the
/// directives of the C locale that need neither a zone nor a flag, written straight from the
/// fields. datetime.py builds a struct_time and expands each directive through Python calls; this
/// answers None for anything else (a zone, %z/%Z, flags, ISO weeks, %s, unknown directives, odd
/// fields, long formats), and datetime.py's own _strftime then gives the text.
/// </summary>
internal static class DateFormat
{
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // A directive writes at most 24 characters (%c): a format this long fits the stack buffer.
    private const int MaxFormat = 64, MaxOutput = MaxFormat * 24;

    private readonly record struct Fields(long Year, long Month, long Day, long Hour, long Minute, long Second, long Micro, long Weekday, long YearDay);

    public static PyObject Strftime(PyObject value, PyObject format, PyType date, PyType datetime)
    {
        // A NUL ends the format for CPython (it scans a C string): datetime.py's _strftime does that.
        if (format is not PyStr text || text.HasSurrogatePairs || text.Chars.Length > MaxFormat || text.Chars.Contains('\0') || value is not PyInstance obj)
        {
            return PyNone.Instance;
        }
        Fields f;
        if (ReferenceEquals(obj.Type, datetime))
        {
            if (DateTimeSlots.Of(datetime) is not { } slots || obj.SlotRef(slots.Zone) is not PyNone
                || !DatetimeModule.Plain(obj.SlotRef(slots.Hour), out var hh) || !DatetimeModule.Plain(obj.SlotRef(slots.Minute), out var mi)
                || !DatetimeModule.Plain(obj.SlotRef(slots.Second), out var ss) || !DatetimeModule.Plain(obj.SlotRef(slots.Microsecond), out var us)
                || hh is < 0 or > 23 || mi is < 0 or > 59 || ss is < 0 or > 59 || us is < 0 or > 999_999
                || !TryDate(obj.SlotRef(slots.Year), obj.SlotRef(slots.Month), obj.SlotRef(slots.Day), hh, mi, ss, us, out f))
            {
                return PyNone.Instance;
            }
        }
        else if (ReferenceEquals(obj.Type, date))
        {
            if (FieldSlots.Date.Of(date) is not { } slots || !TryDate(obj.SlotRef(slots[0]), obj.SlotRef(slots[1]), obj.SlotRef(slots[2]), 0, 0, 0, 0, out f))
            {
                return PyNone.Instance;
            }
        }
        else
        {
            return PyNone.Instance;
        }
        Span<char> buffer = stackalloc char[MaxOutput];
        var written = 0;
        return Write(text.Chars, f, buffer, ref written) ? PyStr.Shared(buffer[..written]) : PyNone.Instance;
    }

    /// <summary>
    /// datetime.isoformat(sep) with timespec 'auto' of an exact naive datetime: 'YYYY-MM-DD', sep,
    /// 'HH:MM:SS' and '.ffffff' when there are microseconds. None for anything else.
    /// </summary>
    public static PyObject IsoFormat(PyObject value, PyObject sep, PyObject timespec, PyType datetime)
    {
        if (value is not PyInstance obj || !ReferenceEquals(obj.Type, datetime) || sep is not PyStr separator
            || separator.HasSurrogatePairs || separator.Chars.Length != 1 || timespec is not PyStr spec || !spec.Chars.SequenceEqual("auto")
            || DateTimeSlots.Of(datetime) is not { } slots || obj.SlotRef(slots.Zone) is not PyNone
            || !DatetimeModule.Plain(obj.SlotRef(slots.Hour), out var hh) || !DatetimeModule.Plain(obj.SlotRef(slots.Minute), out var mi)
            || !DatetimeModule.Plain(obj.SlotRef(slots.Second), out var ss) || !DatetimeModule.Plain(obj.SlotRef(slots.Microsecond), out var us)
            || hh is < 0 or > 23 || mi is < 0 or > 59 || ss is < 0 or > 59 || us is < 0 or > 999_999
            || !TryDate(obj.SlotRef(slots.Year), obj.SlotRef(slots.Month), obj.SlotRef(slots.Day), hh, mi, ss, us, out var f))
        {
            return PyNone.Instance;
        }
        Span<char> text = stackalloc char[26];
        var at = 0;
        Number(text, ref at, f.Year, 4, '0');
        text[at++] = '-';
        Number(text, ref at, f.Month, 2, '0');
        text[at++] = '-';
        Number(text, ref at, f.Day, 2, '0');
        text[at++] = separator.Chars[0];
        Number(text, ref at, hh, 2, '0');
        text[at++] = ':';
        Number(text, ref at, mi, 2, '0');
        text[at++] = ':';
        Number(text, ref at, ss, 2, '0');
        if (us != 0)
        {
            text[at++] = '.';
            Number(text, ref at, us, 6, '0');
        }
        return PyStr.Shared(text[..at]);
    }

    private static bool TryDate(PyObject? year, PyObject? month, PyObject? day, long hh, long mi, long ss, long us, out Fields fields)
    {
        fields = default;
        if (!DatetimeModule.Plain(year, out var y) || !DatetimeModule.Plain(month, out var m) || !DatetimeModule.Plain(day, out var d)
            || y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > CivilCalendar.MonthLength(y, m))
        {
            return false;
        }
        var n = CivilCalendar.Ordinal(y, m, d);
        fields = new Fields(y, m, d, hh, mi, ss, us, (n + 6) % 7, n - CivilCalendar.Ordinal(y, 1, 1) + 1);
        return true;
    }

    /// <summary>Writes the expansion of <paramref name="format"/>; false at anything left to datetime.py.</summary>
    private static bool Write(ReadOnlySpan<char> format, in Fields f, Span<char> output, ref int at)
    {
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                output[at++] = c;
                continue;
            }
            var d = format[++i];
            var twelve = f.Hour % 12 == 0 ? 12 : f.Hour % 12;
            var sunday = (f.Weekday + 1) % 7;
            var ok = d switch
            {
                '%' => Put(output, ref at, "%"),
                'Y' => Number(output, ref at, f.Year, 1, '0'),
                'y' => Number(output, ref at, f.Year % 100, 2, '0'),
                'C' => Number(output, ref at, f.Year / 100, 1, '0'),
                'm' => Number(output, ref at, f.Month, 2, '0'),
                'd' => Number(output, ref at, f.Day, 2, '0'),
                'e' => Number(output, ref at, f.Day, 2, ' '),
                'j' => Number(output, ref at, f.YearDay, 3, '0'),
                'H' => Number(output, ref at, f.Hour, 2, '0'),
                'k' => Number(output, ref at, f.Hour, 2, ' '),
                'I' => Number(output, ref at, twelve, 2, '0'),
                'l' => Number(output, ref at, twelve, 2, ' '),
                'M' => Number(output, ref at, f.Minute, 2, '0'),
                'S' => Number(output, ref at, f.Second, 2, '0'),
                'f' => Number(output, ref at, f.Micro, 6, '0'),
                'w' => Number(output, ref at, sunday, 1, '0'),
                'u' => Number(output, ref at, f.Weekday + 1, 1, '0'),
                'U' => Number(output, ref at, (f.YearDay + 6 - sunday) / 7, 2, '0'),
                'W' => Number(output, ref at, (f.YearDay + 6 - f.Weekday) / 7, 2, '0'),
                'a' => Put(output, ref at, DayNames[f.Weekday].AsSpan(0, 3)),
                'A' => Put(output, ref at, DayNames[f.Weekday]),
                'b' or 'h' => Put(output, ref at, MonthNames[f.Month - 1].AsSpan(0, 3)),
                'B' => Put(output, ref at, MonthNames[f.Month - 1]),
                'p' => Put(output, ref at, f.Hour < 12 ? "AM" : "PM"),
                'P' => Put(output, ref at, f.Hour < 12 ? "am" : "pm"),
                'n' => Put(output, ref at, "\n"),
                't' => Put(output, ref at, "\t"),
                // The C locale's composite directives, expanded as datetime.py's _composite does.
                'D' or 'x' => Write("%m/%d/%y", f, output, ref at),
                'F' => Write("%Y-%m-%d", f, output, ref at),
                'T' or 'X' => Write("%H:%M:%S", f, output, ref at),
                'R' => Write("%H:%M", f, output, ref at),
                'r' => Write("%I:%M:%S %p", f, output, ref at),
                'c' => Write("%a %b %e %H:%M:%S %Y", f, output, ref at),
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }

    private static bool Put(Span<char> output, ref int at, ReadOnlySpan<char> text)
    {
        text.CopyTo(output[at..]);
        at += text.Length;
        return true;
    }

    /// <summary>A non-negative number in decimal, filled on the left to <paramref name="width"/>.</summary>
    private static bool Number(Span<char> output, ref int at, long value, int width, char fill)
    {
        Span<char> digits = stackalloc char[20];
        var n = 0;
        do
        {
            digits[n++] = (char)('0' + value % 10);
            value /= 10;
        }
        while (value > 0);
        for (var k = n; k < width; k++) output[at++] = fill;
        while (n > 0) output[at++] = digits[--n];
        return true;
    }
}
