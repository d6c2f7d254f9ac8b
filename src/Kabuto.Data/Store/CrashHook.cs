using System.Globalization;

namespace Kabuto.Data.Store;

/// <summary>Test hook <c>KABUTO_TEST_CRASH_AFTER_ROWS=N</c>: after N rows have been handed to a store writer inside
/// the import transaction, the writer writes what it buffered and the process calls Environment.FailFast, a real crash
/// mid-import (docs/store.md). Shared by both adapters, so the same test proves both roll back.</summary>
internal sealed class CrashHook(Action flush)
{
    public const string Variable = "KABUTO_TEST_CRASH_AFTER_ROWS";

    private readonly long _after =
        long.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;

    private long _written;

    public void Count()
    {
        if (++_written >= _after)
        {
            flush();
            Environment.FailFast($"{Variable}={_after} reached inside the import transaction (test hook)");
        }
    }
}
