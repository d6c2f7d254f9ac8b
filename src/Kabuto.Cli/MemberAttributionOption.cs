using Kabuto.Analytics.Members;
using Kabuto.Core.Errors;
using Kabuto.Core.Indexing;
using Kabuto.Data.Store;

namespace Kabuto.Cli;

/// <summary>Member facts for day and wrap: definitions from --definitions (default ./definitions when present) plus
/// the stored Nikkei 225 shadow basket.</summary>
internal static class MemberAttributionOption
{
    public static IAttributionSource Sources(IMarketStore store, string? folder)
    {
        var path = folder ?? Path.Combine(Environment.CurrentDirectory, "definitions");
        if (folder is not null && !Directory.Exists(folder))
        {
            throw Fail.Input("--definitions", null, "folder", folder, "does not exist", "give a folder of definition files (definitions/)");
        }

        var definitions = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).Select(DefinitionLoader.LoadFile).ToList()
            : [];
        return MemberAttributions.For(store, definitions, store);
    }
}
