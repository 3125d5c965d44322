using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Samenspel.Web.Features.Shared;

/// <summary>A contact, evaluation or score belongs to a trajectory, so its date cannot lie before the trajectory began.
/// The message says why, with the start date, so the user knows what to type instead.</summary>
public static class TrajectoryDates
{
    public static void RefuseBeforeStart(ModelStateDictionary state, string key, DateOnly? date, DateOnly start, IStringLocalizer t)
    {
        if (date < start) state.AddModelError(key, t["Deze datum ligt voor de start van het traject ({0}).", Labels.Date(start)]);
    }
}
