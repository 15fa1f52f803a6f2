using System.Text;

namespace PyPack.Runtime.Modules.Time;

/// <summary>
/// strftime of the C library in the C locale, as glibc 2.36 formats (what CPython's time.strftime
/// and datetime's strftime print on Linux). After '%' come flags ('_' pad with spaces, '-' no
/// padding, '0' zeros, '^' upper case, '#' swap case), a field width, and the modifier E or O:
/// the C locale has no alternative forms, so a modifier gives the plain directive where glibc
/// accepts it and leaves the text as written where it does not. An unknown directive is copied as
/// written (padded to the width, its case changed by the flags); '%' at the end stays. CPython
/// calls wcsftime, so widths count characters, not UTF-8 bytes.
/// </summary>
internal static class CStrftime
{
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// The text, or "" when it is longer than CPython's last buffer: time.strftime doubles a buffer
    /// from 1024 bytes while the C library finds it too small, up to 256 bytes per byte of format,
    /// and then takes an empty result (a huge width gives '').
    /// </summary>
    /// <param name="epochSeconds">%s: the seconds since the epoch of the time as local time (C's mktime); a static method, so no closure per call.</param>
    public static string Format(ReadOnlySpan<char> format, in CTime tm, Func<CTime, long> epochSeconds)
    {
        var formatBytes = Encoding.UTF8.GetByteCount(format);
        long buffer = 1024;
        while (buffer < 256L * formatBytes) buffer *= 2;
        var output = new LimitedText(buffer - 1);
        try
        {
            Append(output, format, tm, epochSeconds);
        }
        catch (OutputTooLong)
        {
            return "";
        }
        return output.Length <= output.Limit ? output.ToString() : "";
    }

    // Thrown before padding would take the text past its limit (the width can be up to 2**31 - 1).
    private sealed class OutputTooLong : Exception;

    private static void Room(LimitedText output, int count)
    {
        if (output.Length + (long)count > output.Limit) throw new OutputTooLong();
    }

    // One directive's options: the pad flag ('\0' when none), case changes and the width (-1: none).
    private struct Spec
    {
        public char Pad;
        public bool Upper, Lower, SwapCase;
        public int Width;
        public char Modifier;
    }

    private static void Append(LimitedText output, ReadOnlySpan<char> format, in CTime tm, Func<CTime, long> epochSeconds)
    {
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                output.Append(format[i]);
                continue;
            }
            var start = i;
            var spec = new Spec { Width = -1 };
            var j = i + 1;
            for (; j < format.Length; j++)
            {
                var flag = format[j];
                if (flag is '_' or '-' or '0') spec.Pad = flag;
                else if (flag == '^') spec.Upper = true;
                else if (flag == '#') spec.SwapCase = true;
                else break;
            }
            if (j < format.Length && char.IsAsciiDigit(format[j]))
            {
                spec.Width = 0;
                for (; j < format.Length && char.IsAsciiDigit(format[j]); j++)
                {
                    var digit = format[j] - '0';
                    spec.Width = spec.Width > (int.MaxValue - digit) / 10 ? int.MaxValue : spec.Width * 10 + digit;
                }
            }
            if (j < format.Length && format[j] is 'E' or 'O') spec.Modifier = format[j++];
            if (j >= format.Length)
            {
                // '%' and what followed it up to the end, as written.
                Text(output, format[start..], ref spec);
                break;
            }
            if (!Directive(output, format[j], tm, ref spec, epochSeconds)) Text(output, format[start..(j + 1)], ref spec);
            i = j;
        }
    }

    // Writes one directive; false when glibc takes it as a bad format (copied as written).
    private static bool Directive(LimitedText output, char directive, in CTime tm, ref Spec spec, Func<CTime, long> epochSeconds)
    {
        var e = spec.Modifier == 'E';
        var hour12 = tm.Hour > 12 ? tm.Hour - 12 : tm.Hour == 0 ? 12 : tm.Hour;
        switch (directive)
        {
            case '%': Text(output, "%", ref spec); return true;
            case 'a' or 'A':
                if (spec.Modifier != 0) return false;
                if (spec.SwapCase) (spec.Upper, spec.Lower) = (true, false);
                var day = tm.Weekday is >= 0 and <= 6 ? DayNames[tm.Weekday] : "?";
                Text(output, directive == 'a' && day.Length > 3 ? day[..3] : day, ref spec);
                return true;
            case 'b' or 'h' or 'B':
                // glibc applies '#' before refusing E for %b and after for %B (a refused one is copied in that case).
                if (directive != 'B' && spec.SwapCase) (spec.Upper, spec.Lower) = (true, false);
                if (e) return false;
                if (spec.SwapCase) (spec.Upper, spec.Lower) = (true, false);
                var month = tm.Month is >= 0 and <= 11 ? MonthNames[tm.Month] : "?";
                Text(output, directive != 'B' && month.Length > 3 ? month[..3] : month, ref spec);
                return true;
            case 'c': return spec.Modifier != 'O' && Composite(output, "%a %b %e %H:%M:%S %Y", tm, ref spec, epochSeconds);
            case 'x': return spec.Modifier != 'O' && Composite(output, "%m/%d/%y", tm, ref spec, epochSeconds);
            case 'X': return spec.Modifier != 'O' && Composite(output, "%H:%M:%S", tm, ref spec, epochSeconds);
            case 'D': return spec.Modifier == 0 && Composite(output, "%m/%d/%y", tm, ref spec, epochSeconds);
            case 'F': return spec.Modifier == 0 && Composite(output, "%Y-%m-%d", tm, ref spec, epochSeconds);
            case 'r': return Composite(output, "%I:%M:%S %p", tm, ref spec, epochSeconds);
            case 'R': return Composite(output, "%H:%M", tm, ref spec, epochSeconds);
            case 'T': return Composite(output, "%H:%M:%S", tm, ref spec, epochSeconds);
            case 'C': Number(output, 1, tm.Year / 100 - (tm.Year % 100 < 0 ? 1 : 0), ref spec); return true;
            case 'd': return !e && Number(output, 2, tm.Day, ref spec);
            case 'e': return !e && SpacePadded(output, 2, tm.Day, ref spec);
            case 'H': return !e && Number(output, 2, tm.Hour, ref spec);
            case 'I': return !e && Number(output, 2, hour12, ref spec);
            case 'k': return !e && SpacePadded(output, 2, tm.Hour, ref spec);
            case 'l': return !e && SpacePadded(output, 2, hour12, ref spec);
            case 'j': return !e && Number(output, 3, 1 + tm.YearDay, ref spec);
            case 'M': return !e && Number(output, 2, tm.Minute, ref spec);
            case 'm': return !e && Number(output, 2, tm.Month + 1, ref spec);
            case 'S': return !e && Number(output, 2, tm.Second, ref spec);
            case 'U': return !e && Number(output, 2, (tm.YearDay - tm.Weekday + 7) / 7, ref spec);
            case 'W': return !e && Number(output, 2, (tm.YearDay - (tm.Weekday - 1 + 7) % 7 + 7) / 7, ref spec);
            case 'w': return !e && Number(output, 1, tm.Weekday, ref spec);
            case 'u': Number(output, 1, (tm.Weekday - 1 + 7) % 7 + 1, ref spec); return true;
            case 'Y':
                if (spec.Modifier == 'O') return false;
                Number(output, 1, tm.Year, ref spec);
                return true;
            case 'y': Number(output, 2, ((tm.Year - 1900) % 100 + 100) % 100, ref spec); return true;
            case 'G' or 'g' or 'V':
                if (e) return false;
                var (isoYear, isoDays) = IsoWeek(tm);
                if (directive == 'g') Number(output, 2, (isoYear % 100 + 100) % 100, ref spec);
                else if (directive == 'G') Number(output, 1, isoYear, ref spec);
                else Number(output, 2, isoDays / 7 + 1, ref spec);
                return true;
            case 'n': Text(output, "\n", ref spec); return true;
            case 't': Text(output, "\t", ref spec); return true;
            case 'P' or 'p':
                if (directive == 'P') spec.Lower = true;
                if (spec.SwapCase) (spec.Upper, spec.Lower) = (false, true);
                Text(output, tm.Hour > 11 ? "PM" : "AM", ref spec);
                return true;
            case 's':
                // At least one digit whatever the width: the width pads with spaces (or zeros with '0').
                Digits(output, 1, epochSeconds(tm), ref spec);
                return true;
            case 'Z':
                if (spec.SwapCase) (spec.Upper, spec.Lower) = (false, true);
                var zone = tm.Zone is { Length: > 0 } named ? named
                    : tm.IsDst >= 0 ? TimeModule.ZoneName(tm.IsDst != 0) : tm.Zone ?? "";
                Text(output, zone, ref spec);
                return true;
            case 'z':
                // No offset is known for a time whose daylight saving is unknown.
                if (tm.IsDst < 0) return true;
                var offset = tm.GmtOffset;
                Text(output, offset < 0 ? "-" : "+", ref spec);
                var minutes = Math.Abs(offset) / 60;
                Number(output, 4, minutes / 60 * 100 + minutes % 60, ref spec);
                return true;
            default: return false;
        }
    }

    // A composite directive (%c, %D, %T...): its own format's text, padded to the width as one piece
    // and upper-cased by '^' (its directives take no flags from it).
    private static bool Composite(LimitedText output, string layout, in CTime tm, ref Spec spec, Func<CTime, long> epochSeconds)
    {
        var piece = new LimitedText(output.Limit);
        Append(piece, layout, tm, epochSeconds);
        var text = piece.ToString();
        spec.Lower = false;
        Text(output, text, ref spec);
        return true;
    }

    private static bool SpacePadded(LimitedText output, int digits, int value, ref Spec spec)
    {
        if (spec.Pad is not ('0' or '-')) spec.Pad = '_';
        return Number(output, digits, value, ref spec);
    }

    // A number of at least `digits` digits or the width, whichever is more. O asks for the
    // locale's alternative digits: the C locale has none.
    private static bool Number(LimitedText output, int digits, long value, ref Spec spec)
    {
        Digits(output, Math.Max(digits, spec.Width), value, ref spec);
        return true;
    }

    // A number padded to `digits`: zeros by default, spaces with '_', none with '-'; what is left
    // of the width afterwards pads the whole in front.
    private static void Digits(LimitedText output, int digits, long value, ref Spec spec)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (spec.Pad != '-')
        {
            var padding = digits - text.Length;
            if (padding > 0)
            {
                Room(output, padding);
                if (spec.Pad == '_')
                {
                    output.Append(' ', padding);
                    spec.Width = spec.Width > padding ? spec.Width - padding : 0;
                }
                else
                {
                    if (value < 0)
                    {
                        output.Append('-');
                        text = text[1..];
                    }
                    output.Append('0', padding);
                    spec.Width = 0;
                }
            }
        }
        Text(output, text, ref spec);
    }

    // Text padded in front to the width (zeros with the '0' flag, else spaces), in the flags' case.
    private static void Text(LimitedText output, ReadOnlySpan<char> text, ref Spec spec)
    {
        if (spec.Width > text.Length)
        {
            Room(output, spec.Width - text.Length);
            output.Append(spec.Pad == '0' ? '0' : ' ', spec.Width - text.Length);
        }
        if (spec.Lower || spec.Upper)
        {
            foreach (var c in text) output.Append(spec.Lower ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
        }
        else
        {
            output.Append(text);
        }
    }

    // The ISO 8601 year and the days since the start of its first week, from the year day and
    // weekday as given (not from the date: an inconsistent tuple gives what glibc gives).
    private static (int Year, int Days) IsoWeek(in CTime tm)
    {
        var year = tm.Year;
        var days = IsoWeekDays(tm.YearDay, tm.Weekday);
        if (days < 0)
        {
            year--;
            days = IsoWeekDays(tm.YearDay + 365 + (IsLeap(year) ? 1 : 0), tm.Weekday);
        }
        else
        {
            var next = IsoWeekDays(tm.YearDay - 365 - (IsLeap(year) ? 1 : 0), tm.Weekday);
            if (next >= 0)
            {
                year++;
                days = next;
            }
        }
        return (year, days);
    }

    // Days from the Monday starting the first ISO week (the one with the year's first Thursday)
    // to year day `yearDay`, a `weekday` (0 = Sunday); negative before that week. yearDay >= -366.
    private static int IsoWeekDays(int yearDay, int weekday) => yearDay - (yearDay - weekday + 4 + 378) % 7 + 3;

    private static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>strftime's text so far, and the length past which CPython gives up on it.</summary>
    private sealed class LimitedText(long limit)
    {
        private readonly StringBuilder _text = new();
        public readonly long Limit = limit;
        public int Length => _text.Length;
        public LimitedText Append(char c) { _text.Append(c); return this; }
        public LimitedText Append(char c, int count) { _text.Append(c, count); return this; }
        public LimitedText Append(ReadOnlySpan<char> text) { _text.Append(text); return this; }
        public override string ToString() => _text.ToString();
    }
}
