using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samenspel.Domain.Register;
using Samenspel.Web.Access;
using Samenspel.Web.Data;

namespace Samenspel.Web.Features;

/// <summary>Sends each person to their own home page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(HomeOf(Viewer.From(User)));

    public static string HomeOf(Viewer? viewer) => viewer switch
    {
        null => "/Accounts/Login",
        { Kind: AccountKind.Carer } => "/Family",
        { Kind: AccountKind.Youth } => "/Me",
        { StaffRole: StaffRole.TeamLead } => "/Team",
        { StaffRole: StaffRole.Administrator } => "/Admin",
        _ => "/Caseload",
    };
}
