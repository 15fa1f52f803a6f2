namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// Proleptic Gregorian day numbers (0001-01-01 is 1), the same arithmetic as datetime.py's
/// _ordinal, _civil and _iso_year_start, for the native ISO 8601 reader's week dates.
/// </summary>
internal static class CivilCalendar
{
    /// <summary>Day number of y-m-d: years start in March so a 400-year era is 146097 days.</summary>
    public static long Ordinal(long y, long m, long d)
    {
        if (m < 3)
        {
            y -= 1;
            m += 12;
        }
        var era = FloorDiv(y, 400);
        var yoe = y - era * 400;
        var doy = (153 * (m - 3) + 2) / 5 + d - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 305;
    }

    /// <summary>(year, month, day) of day number n, the inverse of <see cref="Ordinal"/>.</summary>
    public static (long Year, long Month, long Day) Civil(long n)
    {
        var era = FloorDiv(n + 305, 146097);
        var doe = n + 305 - era * 146097;
        var yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        var doy = doe - (yoe * 365 + yoe / 4 - yoe / 100);
        var mp = (5 * doy + 2) / 153;
        var d = doy - (153 * mp + 2) / 5 + 1;
        var m = mp + 3;
        var y = era * 400 + yoe;
        if (m > 12)
        {
            m -= 12;
            y += 1;
        }
        return (y, m, d);
    }

    /// <summary>Day number of the Monday that begins ISO week 1 of year y (the week holding January 4th).</summary>
    public static long IsoYearStart(long y)
    {
        var jan4 = Ordinal(y, 1, 4);
        return jan4 - FloorMod(jan4 - 1, 7);
    }

    /// <summary>Day number of an ISO week date; false where date.fromisocalendar would raise ValueError.</summary>
    public static bool TryIsoWeekDate(long year, long week, long day, out long ordinal)
    {
        ordinal = 0;
        if (year < 1 || year > 9999) return false;
        if (week < 1 || week > 53 || (week == 53 && IsoYearStart(year + 1) - IsoYearStart(year) == 364)) return false;
        if (day < 1 || day > 7) return false;
        ordinal = IsoYearStart(year) + (week - 1) * 7 + day - 1;
        return true;
    }

    public static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    public static long MonthLength(long y, long m) => m switch
    {
        2 => IsLeap(y) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }

    private static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;
}
