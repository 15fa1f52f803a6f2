namespace PyPack.Runtime.Modules.Time;

/// <summary>
/// A C <c>struct tm</c> as strftime reads it: the year in full, month 0-11, weekday 0 = Sunday,
/// year day 0-365, the zone's name (null: none given) and its offset east of UTC in seconds.
/// </summary>
internal readonly struct CTime(int year, int month, int day, int hour, int minute, int second, int weekday, int yearDay, int isDst, string? zone, long gmtOffset)
{
    public readonly int Year = year, Month = month, Day = day, Hour = hour, Minute = minute, Second = second;
    public readonly int Weekday = weekday, YearDay = yearDay, IsDst = isDst;
    public readonly string? Zone = zone;
    public readonly long GmtOffset = gmtOffset;
}
