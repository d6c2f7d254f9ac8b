namespace Kabuto.Web.Hosting;

/// <summary>A part of the product the endpoint needs is not available in this build; answered with 503 and the reason.</summary>
public sealed class ServiceUnavailableException(string reason) : Exception(reason);
