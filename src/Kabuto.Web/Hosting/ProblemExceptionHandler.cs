using Kabuto.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kabuto.Web.Hosting;

/// <summary>Turns the product's exceptions into ProblemDetails: bad input is the caller's to fix (400), a missing part
/// of the build is ours (503). Anything else stays a bare 500 so no internal detail leaks.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            UserInputException => (StatusCodes.Status400BadRequest, "Bad request"),
            ServiceUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Not available"),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = exception.Message },
        });
    }
}
