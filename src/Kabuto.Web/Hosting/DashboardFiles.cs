using Microsoft.Extensions.FileProviders;

namespace Kabuto.Web.Hosting;

/// <summary>The dashboard's files, embedded in this assembly at build: the CLI, the tests and a published binary all
/// serve the same page without a content root on disk.</summary>
internal static class DashboardFiles
{
    public static IFileProvider Provider { get; } =
        new EmbeddedFileProvider(typeof(DashboardFiles).Assembly, "Kabuto.Web.wwwroot");

    /// <summary>True for a GET or HEAD of one of the dashboard's files ("/" is its index.html).</summary>
    public static bool Holds(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.Value is { } path
        && (path == "/" || Provider.GetFileInfo(path) is { Exists: true, IsDirectory: false });

    public static IApplicationBuilder UseDashboard(this IApplicationBuilder app)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = Provider });
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = Provider,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
