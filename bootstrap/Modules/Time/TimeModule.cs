using System.Linq;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Time;

/// <summary>The <c>time</c> module: clocks (the POSIX ones in Clocks.cs), sleep, struct_time conversions and strftime.</summary>
[PythonModule("time")]
[PythonExport("time")]
[PythonExport("time_ns")]
[PythonExport("perf_counter")]
[PythonExport("perf_counter_ns")]
[PythonExport("monotonic")]
[PythonExport("monotonic_ns")]
[PythonExport("process_time")]
[PythonExport("process_time_ns")]
[PythonExport("thread_time")]
[PythonExport("thread_time_ns")]
[PythonExport("clock_gettime")]
[PythonExport("clock_gettime_ns")]
[PythonExport("clock_getres")]
[PythonExport("get_clock_info")]
[PythonExport("CLOCK_REALTIME")]
[PythonExport("CLOCK_MONOTONIC")]
[PythonExport("CLOCK_PROCESS_CPUTIME_ID")]
[PythonExport("CLOCK_THREAD_CPUTIME_ID")]
[PythonExport("CLOCK_MONOTONIC_RAW")]
[PythonExport("CLOCK_BOOTTIME")]
[PythonExport("CLOCK_TAI")]
[PythonExport("sleep")]
[PythonExport("gmtime")]
[PythonExport("localtime")]
[PythonExport("mktime")]
[PythonExport("strftime")]
[PythonExport("strptime")]
[PythonExport("asctime")]
[PythonExport("ctime")]
[PythonExport("struct_time")]
[PythonExport("timezone")]
[PythonExport("altzone")]
[PythonExport("daylight")]
[PythonExport("tzname")]
[PythonRequires("_strptime", WhenRead = "strptime")]
[PythonRequires("types", WhenRead = "get_clock_info")]
public static class TimeModule
{
    private static readonly PyType StructTimeType = PyStructSequence.CreateType("time", "struct_time");
    private static readonly string[] FieldNames =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("time", Clocks.NoArguments("time", static () => new PyFloat(UnixNanoseconds() / 1e9)));
        g.Set("time_ns", Clocks.NoArguments("time_ns", static () => PyInt.From(UnixNanoseconds())));
        g.Set("perf_counter", Clocks.NoArguments("perf_counter", static () => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency)));
        g.Set("perf_counter_ns", Clocks.NoArguments("perf_counter_ns", static () => PyInt.From(MonotonicNanoseconds())));
        g.Set("monotonic", Clocks.NoArguments("monotonic", static () => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency)));
        g.Set("monotonic_ns", Clocks.NoArguments("monotonic_ns", static () => PyInt.From(MonotonicNanoseconds())));
        Clocks.Initialize(g);
        g.Set("sleep", new PyBuiltinFunction("sleep", Sleep));
        g.Set("gmtime", new PyBuiltinFunction("gmtime", static (args, kw) => StructTime(Seconds("gmtime", args), utc: true)));
        g.Set("localtime", new PyBuiltinFunction("localtime", static (args, kw) => StructTime(Seconds("localtime", args), utc: false)));
        g.Set("mktime", new PyBuiltinFunction("mktime", static (args, kw) =>
        {
            Args.Count("mktime", args.Length, 1, 1);
            var t = Fields(args[0], "mktime");
            var local = new DateTime((int)t[0], 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
                .AddMonths((int)t[1] - 1).AddDays(t[2] - 1).AddHours(t[3]).AddMinutes(t[4]).AddSeconds(t[5]);
            var offset = TimeZoneInfo.Local.GetUtcOffset(local);
            return new PyFloat((local - offset - DateTime.UnixEpoch).TotalSeconds);
        }));
        g.Set("strftime", new PyBuiltinFunction("strftime", Strftime));
        // As CPython's: the parsing is _strptime's (Python), imported on the first call.
        g.Set("strptime", new PyBuiltinFunction("strptime", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("strptime() takes no keyword arguments");
            return Operations.Attributes.CallMethod(Interpreter.Current.Import("_strptime"), "_strptime_time", args, null);
        }));
        g.Set("asctime", new PyBuiltinFunction("asctime", static (args, kw) =>
        {
            Args.Count("asctime", args.Length, 0, 1);
            var t = args.Length == 0 ? Fields(StructTime(UnixNanoseconds() / 1e9, false), "asctime") : Fields(args[0], "asctime");
            return new PyStr(AscTime(t));
        }));
        g.Set("ctime", new PyBuiltinFunction("ctime", static (args, kw) => new PyStr(AscTime(Fields(StructTime(Seconds("ctime", args), false), "ctime")))));
        g.Set("struct_time", StructTimeType);
        var offsetSeconds = (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;
        g.Set("timezone", PyInt.From(-offsetSeconds));
        g.Set("altzone", PyInt.From(-offsetSeconds - (TimeZoneInfo.Local.SupportsDaylightSavingTime ? 3600 : 0)));
        g.Set("daylight", PyInt.From(TimeZoneInfo.Local.SupportsDaylightSavingTime ? 1 : 0));
        g.Set("tzname", PyTuple.Of(new PyStr(ZoneName(false)), new PyStr(ZoneName(true))));
        StructTimeType.Constructor = static (args, kw) =>
        {
            Args.Count("struct_time", args.Length, 1, 1);
            // The nine tuple fields, then tm_zone and tm_gmtoff if given (None if not).
            var items = Operations.Iteration.ToArray(args[0]);
            if (items.Length < 9) throw Errors.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
            if (items.Length > FieldNames.Length) throw Errors.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)");
            var values = new PyObject[FieldNames.Length];
            for (var i = 0; i < values.Length; i++) values[i] = i < items.Length ? items[i] : PyNone.Instance;
            return new PyStructSequence(StructTimeType, FieldNames, values, 9);
        };
    }

    internal static string ZoneName(bool daylight)
    {
        var zone = TimeZoneInfo.Local;
        if (zone.Id is "UTC" or "Etc/UTC" or "Universal") return "UTC";
        var name = daylight ? zone.DaylightName : zone.StandardName;
        return name;
    }

    private static long UnixNanoseconds() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long MonotonicNanoseconds() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    private static PyObject Sleep(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError("sleep() takes no keyword arguments");
        Args.Count("sleep", args.Length, 1, 1);
        var seconds = args[0] switch
        {
            PyFloat f => f.Value,
            PyInt i => i.ToDouble(),
            var o => throw Errors.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer"),
        };
        if (double.IsNaN(seconds)) throw Errors.ValueError("Invalid value NaN (not a number)");
        if (seconds < 0) throw Errors.ValueError("sleep length must be non-negative");
        Hosting.Interrupts.Sleep(TimeSpan.FromSeconds(seconds));
        return PyNone.Instance;
    }

    private static double Seconds(string function, ReadOnlySpan<PyObject> args)
    {
        Args.Count(function, args.Length, 0, 1);
        if (args.Length == 0 || args[0] is PyNone) return System.Math.Floor(UnixNanoseconds() / 1e9);
        return args[0] switch
        {
            PyFloat f => System.Math.Floor(f.Value),
            PyInt i => i.ToDouble(),
            var o => throw Errors.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer"),
        };
    }

    private static PyStructSequence StructTime(double seconds, bool utc)
    {
        var instant = DateTime.UnixEpoch.AddSeconds(seconds);
        var zone = utc ? TimeZoneInfo.Utc : TimeZoneInfo.Local;
        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, zone);
        var isDst = !utc && zone.IsDaylightSavingTime(local);
        var offset = zone.GetUtcOffset(instant);
        PyObject[] values =
        [
            PyInt.From(local.Year), PyInt.From(local.Month), PyInt.From(local.Day), PyInt.From(local.Hour),
            PyInt.From(local.Minute), PyInt.From(local.Second), PyInt.From(((int)local.DayOfWeek + 6) % 7),
            PyInt.From(local.DayOfYear), PyInt.From(isDst ? 1 : 0),
            new PyStr(utc ? "GMT" : ZoneName(isDst)), PyInt.From((long)offset.TotalSeconds),
        ];
        return new PyStructSequence(StructTimeType, FieldNames, values, 9);
    }

    /// <summary>The nine fields of a struct_time or 9-tuple.</summary>
    private static long[] Fields(PyObject t, string function)
    {
        var items = t is PyStructSequence s ? s.Tuple.Items.ToArray() : t is PyTuple tuple ? tuple.Items.ToArray()
            : throw Errors.TypeError($"Tuple or struct_time argument required");
        if (items.Length != 9) throw Errors.TypeError($"{function}(): illegal time tuple argument");
        return items.Select(ModuleArgs.Int).ToArray();
    }

    private static string AscTime(long[] t) =>
        $"{DayNames[t[6]][..3]} {MonthNames[t[1] - 1][..3]} {t[2],2} {t[3]:00}:{t[4]:00}:{t[5]:00} {t[0]}";

    private static PyObject Strftime(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError("strftime() takes no keyword arguments");
        Args.Count("strftime", args.Length, 1, 2);
        if (args[0] is not PyStr format) throw Errors.TypeError($"strftime() argument 1 must be str, not {args[0].Type.TpName}");
        var tm = StrftimeFields(args.Length > 1 ? args[1] : StructTime(UnixNanoseconds() / 1e9, false));
        if (format.Chars.Contains('\0')) throw Errors.ValueError("embedded null character");
        return new PyStr(CStrftime.Format(format.Chars, tm, LocalEpochSeconds));
    }

    /// <summary>
    /// The struct tm that CPython's time.strftime hands the C library: nine C ints (a struct_time's
    /// tm_zone and tm_gmtoff when they are not None), checked and adjusted as CPython does (a 0
    /// month, day or year day stands for the first; daylight saving clamped to -1..1).
    /// </summary>
    private static CTime StrftimeFields(PyObject time)
    {
        var items = time is PyStructSequence s ? s.Tuple.Items : time is PyTuple tuple ? tuple.Items
            : throw Errors.TypeError("Tuple or struct_time argument required");
        if (items.Length != 9) throw Errors.TypeError("strftime(): illegal time tuple argument");
        Span<int> f = stackalloc int[9];
        for (var i = 0; i < 9; i++)
        {
            var value = ModuleArgs.Int(items[i]);
            f[i] = value switch
            {
                > int.MaxValue => throw Errors.OverflowError("signed integer is greater than maximum"),
                < int.MinValue => throw Errors.OverflowError("signed integer is less than minimum"),
                _ => (int)value,
            };
        }
        if (f[0] < int.MinValue + 1900) throw Errors.OverflowError("year out of range");
        var month = f[1] - 1;
        if (month == -1) month = 0;
        else if (month is < 0 or > 11) throw Errors.ValueError("month out of range");
        var day = f[2];
        if (day == 0) day = 1;
        else if (day is < 0 or > 31) throw Errors.ValueError("day of month out of range");
        if (f[3] is < 0 or > 23) throw Errors.ValueError("hour out of range");
        if (f[4] is < 0 or > 59) throw Errors.ValueError("minute out of range");
        if (f[5] is < 0 or > 61) throw Errors.ValueError("seconds out of range");
        // C's %: a weekday of -1 is Sunday as 6 is, -2 and below are refused.
        var weekday = (f[6] + 1) % 7;
        if (weekday < 0) throw Errors.ValueError("day of week out of range");
        var yearDay = f[7] - 1;
        if (yearDay == -1) yearDay = 0;
        else if (yearDay is < 0 or > 365) throw Errors.ValueError("day of year out of range");
        var isDst = Math.Clamp(f[8], -1, 1);
        string? zone = null;
        long gmtOffset = 0;
        if (time is PyStructSequence seq)
        {
            if (seq.GetOwnAttribute("tm_zone") is PyStr z) zone = z.Value;
            if (seq.GetOwnAttribute("tm_gmtoff") is PyInt o) gmtOffset = o.Small;
        }
        return new CTime(f[0], month, day, f[3], f[4], f[5], weekday, yearDay, isDst, zone, gmtOffset);
    }

    /// <summary>C's mktime of the fields as local time (out-of-range fields carry over), for %s.</summary>
    private static long LocalEpochSeconds(CTime tm)
    {
        var days = CivilDays(tm.Year + Math.DivRem(tm.Month, 12, out var m), m + 1) + tm.Day - 1;
        var seconds = days * 86400L + tm.Hour * 3600L + tm.Minute * 60L + tm.Second;
        var offset = tm.Year is > 1 and < 9999
            ? TimeZoneInfo.Local.GetUtcOffset(DateTime.UnixEpoch.AddSeconds(seconds))
            : TimeZoneInfo.Local.BaseUtcOffset;
        return seconds - (long)offset.TotalSeconds;
    }

    // Days from 1970-01-01 to the first of a month of the proleptic Gregorian calendar.
    private static long CivilDays(long year, int month)
    {
        if (month <= 2) year--;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - era * 400;
        var dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }
}
