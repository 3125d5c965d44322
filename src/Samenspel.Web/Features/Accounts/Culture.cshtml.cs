using Microsoft.AspNetCore.Localization;

namespace Samenspel.Web.Features.Accounts;

/// <summary>Switches between Dutch and English and remembers the choice for a year.</summary>
public sealed class CultureModel : PageModel
{
    /// <summary>A __Host- cookie like the others (SamenspelApp.HostCookie); the culture provider reads this name.</summary>
    public const string CookieName = "__Host-samenspel-culture";

    public IActionResult OnGet(string c, string? returnUrl)
    {
        var culture = c == "en" ? "en-GB" : "nl-NL";
        Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = true, HttpOnly = true, Path = "/" });
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
