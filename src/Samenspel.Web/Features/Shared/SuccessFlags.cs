namespace Samenspel.Web.Features.Shared;

/// <summary>The flag a successful save redirects with (post/redirect/get: <c>?sent=true</c>). It is read on GET only:
/// a form on that address posts back to it, and when that post is shown again with errors it must not also say
/// that it was saved.</summary>
public static class SuccessFlags
{
    public static string? AfterRedirect(this PageModel page, string name) =>
        HttpMethods.IsGet(page.Request.Method) ? page.Request.Query[name].FirstOrDefault() : null;

    public static bool Flag(this PageModel page, string name) => bool.TryParse(page.AfterRedirect(name), out var on) && on;
}
