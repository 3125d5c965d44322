namespace Samenspel.Web.Features;

/// <summary>Sends each person to their own home page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage(Navigation.HomeOf(Viewer.From(User)));
}
