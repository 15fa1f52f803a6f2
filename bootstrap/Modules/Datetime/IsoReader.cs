namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// CPython 3.11's fromisoformat grammar for date, time and datetime, including what its C parser
/// lets through. Field ranges are left to the constructors (their messages are the ones shown);
/// a week date must be a real week. Text is one char per code point: the caller replaces a
/// character outside the BMP with one that is no ASCII, as the grammar only looks for ASCII.
/// </summary>
internal static class IsoReader
{
    /// <summary>The fields of a time of day.</summary>
    public readonly struct Clock(long hour, long minute, long second, long microsecond)
    {
        public readonly long Hour = hour, Minute = minute, Second = second, Microsecond = microsecond;
    }

    /// <summary>(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; only the front is read.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out long year, out long month, out long day)
    {
        month = day = 0;
        year = Number(text, 0, 4);
        if (year < 0) return false;
        var r = 4;
        var dashed = At(text, r) == '-';
        if (dashed) r++;
        if (At(text, r) == 'W')
        {
            var week = Number(text, r + 1, 2);
            if (week < 0) return false;
            var t = r + 3;
            long weekday = 1;
            if (t < text.Length)
            {
                if (dashed)
                {
                    if (text[t] != '-') return false;
                    t++;
                }
                weekday = Number(text, t, 1);
                if (weekday < 0) return false;
            }
            if (!CivilCalendar.TryIsoWeekDate(year, week, weekday, out var ordinal)) return false;
            (year, month, day) = CivilCalendar.Civil(ordinal);
            return true;
        }
        month = Number(text, r, 2);
        r += 2;
        if (dashed)
        {
            if (At(text, r) != '-') return false;
            r++;
        }
        day = Number(text, r, 2);
        return month >= 0 && day >= 0;
    }

    /// <summary>A time with an optional Z or +/- offset; offset is null for a naive time, else microseconds east of UTC.</summary>
    public static bool TryTime(ReadOnlySpan<char> text, out Clock clock, out long? offset)
    {
        offset = null;
        var cut = text.IndexOfAny('Z', '+', '-');
        if (cut < 0) cut = text.Length;
        if (!TryClock(text[..cut], out clock, out var loose)) return false;
        if (cut == text.Length) return !loose;
        if (text[cut] == 'Z')
        {
            offset = 0;
            return cut + 1 == text.Length;
        }
        if (!TryClock(text[(cut + 1)..], out var zone, out var zoneLoose) || zoneLoose) return false;
        var seconds = (zone.Hour * 60 + zone.Minute) * 60 + zone.Second;
        // CPython drops the fraction of an offset of no whole seconds: that is UTC.
        var total = seconds == 0 ? 0 : seconds * 1_000_000 + zone.Microsecond;
        offset = text[cut] == '-' ? -total : total;
        return true;
    }

    /// <summary>A date, optionally followed by any one separator character and a time.</summary>
    public static bool TryDateTime(ReadOnlySpan<char> text, out long year, out long month, out long day,
                                   out Clock clock, out long? offset)
    {
        year = month = day = 0;
        clock = default;
        offset = null;
        if (text.Length < 7) return false;
        var cut = DateLength(text);
        if (cut < 0) return false;
        if (!TryDate(text[..Math.Min(cut, text.Length)], out year, out month, out day)) return false;
        if (cut >= text.Length) return true;
        return TryTime(text[(cut + 1)..], out clock, out offset);
    }

    /// <summary>
    /// How many leading characters of a datetime string are its date; -1 when that is ambiguous-bad.
    /// The date forms have fixed widths, except that a basic week date may or may not carry its
    /// weekday digit: then the digits that follow are split so the time keeps an even count.
    /// </summary>
    private static int DateLength(ReadOnlySpan<char> text)
    {
        if (text.Length == 7) return 7;
        if (text[4] == '-')
        {
            if (text[5] != 'W') return 10;
            if (text.Length > 8 && text[8] == '-')
            {
                if (text.Length == 9) return -1;
                if (text.Length > 10 && IsDigit(text[10])) return 8;
                return 10;
            }
            return 8;
        }
        if (text[4] == 'W')
        {
            var run = DigitRun(text, 7);
            if (run == 0) return 7;
            if (run == 1 || run % 2 == 0) return 8;
            return 7;
        }
        return 8;
    }

    /// <summary>
    /// HH[:MM[:SS]][(.|,)fff...] or HH[MM[SS]][(.|,)fff...]. Loose when the text does not end
    /// cleanly (one character too many after a group, or junk after the fraction), which is only
    /// an error when no offset follows. A fraction past six digits is cut.
    /// </summary>
    private static bool TryClock(ReadOnlySpan<char> text, out Clock clock, out bool loose)
    {
        // Four locals rather than a stack buffer (no zeroing or buffer guard on this per-call path).
        long hour = 0, minute = 0, second = 0, microsecond = 0;
        clock = default;
        loose = false;
        var n = text.Length;
        var pos = 0;
        var extended = false;
        var fraction = true;
        for (var index = 0; index < 3; index++)
        {
            var value = Number(text, pos, 2);
            if (value < 0) return false;
            if (index == 0) hour = value;
            else if (index == 1) minute = value;
            else second = value;
            pos += 2;
            if (pos >= n)
            {
                fraction = false;
                break;
            }
            var c = text[pos];
            if (index == 0) extended = c == ':';
            if (pos + 1 >= n)
            {
                loose = true;
                fraction = false;
                break;
            }
            if (c is '.' or ',')
            {
                pos++;
                break;
            }
            if (extended)
            {
                if (c != ':') return false;
                pos++;
            }
        }
        if (fraction)
        {
            // What is left is a fraction (after '.', ',', a third ':' or, in the basic form, straight on).
            var width = Math.Min(n - pos, 6);
            var frac = Number(text, pos, width);
            if (frac < 0) return false;
            for (var i = width; i < 6; i++) frac *= 10;
            microsecond = frac;
            var end = pos + width + DigitRun(text, pos + width);
            loose = end < n;
        }
        clock = new Clock(hour, minute, second, microsecond);
        return true;
    }

    /// <summary>The value of text[start..start+width] when those are exactly width ASCII digits, else -1.</summary>
    private static long Number(ReadOnlySpan<char> text, int start, int width)
    {
        if (start + width > text.Length) return -1;
        long value = 0;
        for (var i = start; i < start + width; i++)
        {
            var c = text[i];
            if (!IsDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int DigitRun(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsDigit(text[end])) end++;
        return Math.Max(end - start, 0);
    }

    private static char At(ReadOnlySpan<char> text, int index) => index < text.Length ? text[index] : '\0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
