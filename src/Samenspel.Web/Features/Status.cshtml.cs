using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Samenspel.Web.Features;

/// <summary>The page for 403, 404 and other error codes. It says nothing about what was asked for.</summary>
[AllowAnonymous]
public sealed class StatusModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Text) = code switch
        {
            403 => (t["Geen toegang"], t["U mag deze pagina niet bekijken."]),
            404 => (t["Niet gevonden"], t["Deze pagina bestaat niet, of u mag hem niet zien."]),
            _ => (t["Er ging iets mis"], t["Probeer het later nog eens."]),
        };
    }
}
