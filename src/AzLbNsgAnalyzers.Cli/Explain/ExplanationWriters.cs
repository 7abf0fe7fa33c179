using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;

namespace AzLbNsgAnalyzers.Cli.Explain;

/// <summary>The explanation as a terminal table, as Markdown with a Mermaid diagram, or as HTML with an SVG picture.</summary>
internal static class ExplanationWriters
{
    public static void WriteText(TextWriter output, Explanation explanation)
    {
        output.WriteLine("lbnsg explain " + explanation.Path);
        if (explanation.LoadBalancers.Count == 0)
        {
            output.WriteLine("  no load balancer in this template");
        }

        foreach (var loadBalancer in explanation.LoadBalancers)
        {
            output.WriteLine();
            output.WriteLine("Load balancer '" + loadBalancer.Name + "' (" + loadBalancer.Kind + ", " + Explanation.PlaceText(loadBalancer.Place) + ")");
            foreach (var note in loadBalancer.Notes)
            {
                output.WriteLine("  " + note);
            }

            foreach (var backend in loadBalancer.Backends)
            {
                output.WriteLine();
                output.WriteLine("  rule " + backend.Rule + " -> backend " + backend.Backend);
                var rows = new List<string[]>();
                rows.Add(new[] { "delivered as", backend.Delivery });
                rows.Add(new[] { "packet path", "client host -> backend host: " + string.Join(" -> ", backend.Path.Where(p => p.OnPath).Select(p => p.Role + ": " + p.Nsg)) });
                foreach (var step in backend.Path.Where(p => !p.OnPath))
                {
                    rows.Add(new[] { "not on the path", step.Role + ": " + step.Nsg + " (the load balancer is not a hop; this NSG never sees load-balanced packets)" });
                }

                rows.Add(new[] { "health probe", backend.Probe is { } probe ? probe.Verdict.ToUpperInvariant() + ": " + probe.Sources + " by " + probe.DecidedBy : "no probe" });
                rows.Add(new[] { "clients", backend.Clients });
                foreach (var part in backend.ClientParts)
                {
                    rows.Add(new[] { "  " + part.Verdict, part.Sources + " by " + part.DecidedBy });
                }

                int width = rows.Max(r => r[0].Length);
                foreach (var row in rows)
                {
                    output.WriteLine("    " + row[0].PadRight(width) + " | " + row[1]);
                }
            }
        }

        WriteFindingsText(output, explanation);
    }

    private static void WriteFindingsText(TextWriter output, Explanation explanation)
    {
        output.WriteLine();
        output.WriteLine(explanation.Findings.Count == 0 ? "Findings: none" : "Findings:");
        foreach (var finding in explanation.Findings)
        {
            output.WriteLine("  " + finding);
        }
    }

    public static void WriteMarkdown(TextWriter output, Explanation explanation)
    {
        output.WriteLine("# lbnsg explain `" + explanation.Path + "`");
        foreach (var loadBalancer in explanation.LoadBalancers)
        {
            output.WriteLine();
            output.WriteLine("## Load balancer `" + loadBalancer.Name + "` (" + loadBalancer.Kind + ")");
            foreach (var note in loadBalancer.Notes)
            {
                output.WriteLine();
                output.WriteLine("- " + Md(note));
            }

            output.WriteLine();
            output.WriteLine("```mermaid");
            output.WriteLine("flowchart LR");
            output.WriteLine("  clients([\"clients: " + Mermaid(loadBalancer.Backends.FirstOrDefault()?.Clients ?? "unknown") + "\"])");
            output.WriteLine("  probe([\"health probe 168.63.129.16\"])");
            output.WriteLine("  lb{{\"" + Mermaid(loadBalancer.Name) + " (applied on the backend's host)\"}}");
            output.WriteLine("  clients --> lb");
            int index = 0;
            var links = new List<(int Index, bool Allowed)>();
            int linkCount = 1;
            foreach (var backend in loadBalancer.Backends)
            {
                string id = "b" + index++;
                var onPath = backend.Path.Where(p => p.OnPath).ToList();
                output.WriteLine("  " + id + "[\"" + Mermaid(backend.Backend) + "<br/>" + Mermaid(string.Join(" + ", onPath.Select(p => p.Nsg))) + "\"]");
                bool clientsAllowed = backend.ClientParts.Any(p => p.Verdict == "allowed");
                output.WriteLine("  lb -->|\"" + Mermaid(backend.Rule + ": " + Summary(backend.ClientParts)) + "\"| " + id);
                links.Add((linkCount++, clientsAllowed && backend.ClientParts.All(p => p.Verdict == "allowed")));
                if (backend.Probe is { } probe)
                {
                    output.WriteLine("  probe -.->|\"" + Mermaid(probe.Verdict + " by " + probe.DecidedBy) + "\"| " + id);
                    links.Add((linkCount++, probe.Verdict == "allowed"));
                }

                foreach (var step in backend.Path.Where(p => !p.OnPath))
                {
                    string side = id + "x";
                    output.WriteLine("  " + side + "[\"" + Mermaid(step.Role + ": " + step.Nsg + " (not on the path)") + "\"]");
                }
            }

            foreach (var (linkIndex, allowed) in links)
            {
                output.WriteLine("  linkStyle " + linkIndex + " stroke:" + (allowed ? "#1a7f37" : "#cf222e") + ",stroke-width:2px");
            }

            output.WriteLine("```");
            output.WriteLine();
            output.WriteLine("| rule -> backend | packet path (NSGs the backend's host applies) | health probe | clients | verdict by source |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var backend in loadBalancer.Backends)
            {
                string path = string.Join(" &rarr; ", backend.Path.Where(p => p.OnPath).Select(p => p.Role + ": " + p.Nsg))
                    + string.Concat(backend.Path.Where(p => !p.OnPath).Select(p => "<br/>not on the path: " + p.Role + ": " + p.Nsg));
                string probe = backend.Probe is { } pr ? "**" + pr.Verdict + "** by " + pr.DecidedBy : "no probe";
                string verdict = string.Join("<br/>", backend.ClientParts.Select(p => "**" + p.Verdict + "** " + p.Sources + " by " + p.DecidedBy));
                output.WriteLine("| " + Md(backend.Rule + " -> " + backend.Backend) + " | " + Md(path) + " | " + Md(probe) + " | " + Md(backend.Clients) + " | " + Md(verdict) + " |");
            }
        }

        output.WriteLine();
        output.WriteLine("## Findings");
        output.WriteLine();
        if (explanation.Findings.Count == 0)
        {
            output.WriteLine("None.");
        }

        foreach (var finding in explanation.Findings)
        {
            output.WriteLine("- `" + finding.Entry.Id + "` " + System.IO.Path.GetFileName(finding.Place.Path) + ":" + finding.Line + ": " + Md(finding.Message) + " ([rule](" + finding.Entry.HelpLink + "))");
        }
    }

    public static void WriteHtml(TextWriter output, Explanation explanation)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>lbnsg explain " + H(explanation.Path) + "</title>");
        output.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#1f2328}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d0d7de;padding:.3em .6em;vertical-align:top;text-align:left}.allowed{color:#1a7f37}.denied{color:#cf222e}.unknown{color:#9a6700}svg{max-width:100%;height:auto}</style></head><body>");
        output.WriteLine("<h1>lbnsg explain <code>" + H(explanation.Path) + "</code></h1>");
        foreach (var loadBalancer in explanation.LoadBalancers)
        {
            output.WriteLine("<h2>Load balancer <code>" + H(loadBalancer.Name) + "</code> (" + H(loadBalancer.Kind) + ")</h2>");
            foreach (var note in loadBalancer.Notes)
            {
                output.WriteLine("<p>" + H(note) + "</p>");
            }

            output.WriteLine(Svg(loadBalancer));
            output.WriteLine("<table><tr><th>rule &rarr; backend</th><th>packet path</th><th>health probe</th><th>clients</th><th>verdict by source</th></tr>");
            foreach (var backend in loadBalancer.Backends)
            {
                string path = string.Join(" &rarr; ", backend.Path.Where(p => p.OnPath).Select(p => H(p.Role + ": " + p.Nsg)))
                    + string.Concat(backend.Path.Where(p => !p.OnPath).Select(p => "<br>not on the path: " + H(p.Role + ": " + p.Nsg)));
                string probe = backend.Probe is { } pr ? "<span class=\"" + pr.Verdict + "\">" + H(pr.Verdict) + "</span> by " + H(pr.DecidedBy) : "no probe";
                string verdict = string.Join("<br>", backend.ClientParts.Select(p => "<span class=\"" + p.Verdict + "\">" + H(p.Verdict) + "</span> " + H(p.Sources) + " by " + H(p.DecidedBy)));
                output.WriteLine("<tr><td>" + H(backend.Rule + " -> " + backend.Backend) + "</td><td>" + path + "</td><td>" + probe + "</td><td>" + H(backend.Clients) + "</td><td>" + verdict + "</td></tr>");
            }

            output.WriteLine("</table>");
        }

        output.WriteLine("<h2>Findings</h2><ul>");
        foreach (var finding in explanation.Findings)
        {
            output.WriteLine("<li><a href=\"" + H(finding.Entry.HelpLink) + "\"><code>" + finding.Entry.Id + "</code></a> " + H(System.IO.Path.GetFileName(finding.Place.Path) + ":" + finding.Line) + ": " + H(finding.Message) + "</li>");
        }

        if (explanation.Findings.Count == 0)
        {
            output.WriteLine("<li>None.</li>");
        }

        output.WriteLine("</ul></body></html>");
    }

    /// <summary>
    /// The picture: clients and the probe source on the left, the load balancer (a rule applied on the backend's host,
    /// drawn dashed), then per backend the NSGs its host applies in packet order and the backend; the client flow
    /// (solid) and the probe (dashed) are green when allowed, red when denied, amber when unknown, and under each
    /// row the verdict by source with the deciding rules. The frontend subnet's NSG is drawn off the path.
    /// </summary>
    private static string Svg(LoadBalancerExplanation loadBalancer)
    {
        const int RowHeight = 150;
        const int Width = 1180;
        int rows = Math.Max(1, loadBalancer.Backends.Count);
        int height = 50 + rows * RowHeight;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" font-family=\"system-ui,sans-serif\" font-size=\"12\">");
        svg.Append("<defs>");
        foreach (var verdict in new[] { "allowed", "denied", "unknown" })
        {
            svg.Append("<marker id=\"arrow-").Append(verdict).Append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").Append(Color(verdict)).Append("\"/></marker>");
        }

        svg.Append("</defs>");
        string clients = loadBalancer.Backends.FirstOrDefault()?.Clients ?? "unknown";
        Box(svg, 10, 20, 170, 44, "#ddf4ff", "clients", Short(clients, 26));
        Box(svg, 10, 80, 170, 44, "#fff8c5", "health probe", "168.63.129.16");
        Box(svg, 230, 20, 180, rows * RowHeight - 30, "#f6f8fa", "load balancer " + Short(loadBalancer.Name, 14), "applied on the backend's host", dashed: true);
        Arrow(svg, 180, 42, 230, 42, "allowed");
        Arrow(svg, 180, 102, 230, 102, "allowed", dashed: true);
        for (int i = 0; i < loadBalancer.Backends.Count; i++)
        {
            var backend = loadBalancer.Backends[i];
            int y = 40 + i * RowHeight;
            string clientVerdict = backend.ClientParts.All(p => p.Verdict == "allowed") ? "allowed"
                : backend.ClientParts.Any(p => p.Verdict == "allowed") ? "partly"
                : backend.ClientParts.Any(p => p.Verdict == "denied") ? "denied" : "unknown";
            string probeVerdict = backend.Probe?.Verdict ?? "unknown";
            string clientArrow = clientVerdict == "partly" ? "denied" : clientVerdict;

            int x = 410;
            foreach (var box in backend.Path.Where(p => p.OnPath).Select(p => (Title: p.Role, Detail: p.Nsg, Fill: "#f6f8fa", W: 190, p.Decides))
                .Append((Title: "backend " + backend.Backend, Detail: backend.Delivery.Split(" (")[0], Fill: "#ddf4ff", W: 250, Decides: (IReadOnlyList<(string Rule, string Verdict)>)Array.Empty<(string, string)>())))
            {
                int next = x + 50;
                Arrow(svg, x, y + 14, next, y + 14, clientArrow);
                if (backend.Probe is not null)
                {
                    Arrow(svg, x, y + 32, next, y + 32, probeVerdict, dashed: true);
                }

                Box(svg, next, y, box.W, 44, box.Fill, Short(box.Title, box.W / 7), Short(box.Detail, box.W / 7));

                // The rules that decided in this NSG, written on the box the arrows pass through.
                int lineY = y - 4;
                foreach (var (ruleText, verdict) in box.Decides.Take(2))
                {
                    Label(svg, next + 4, lineY, Short((verdict == "allowed" ? "allows: " : "denies: ") + ruleText, box.W / 5), Color(verdict));
                    lineY -= 12;
                }

                x = next + box.W;
            }

            int textX = 460;
            Label(svg, textX, y + 62, backend.Rule + ", clients " + Short(backend.Clients, 30) + ":", "#1f2328", bold: true);
            int line = 0;
            foreach (var part in backend.ClientParts.Take(3))
            {
                Label(svg, textX + 12, y + 78 + line++ * 15, Short(part.Verdict + " " + part.Sources + " by " + part.DecidedBy, 118), Color(part.Verdict));
            }

            if (backend.Probe is { } probe)
            {
                Label(svg, textX + 12, y + 78 + line * 15, Short("probe " + probe.Verdict + " by " + probe.DecidedBy, 118), Color(probe.Verdict));
            }

            var side = backend.Path.FirstOrDefault(p => !p.OnPath);
            if (side is not null)
            {
                Label(svg, 240, y + 62, Short(side.Role, 24), "#57606a");
                Label(svg, 240, y + 77, Short(side.Nsg + ": not on the path", 24), "#57606a");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Color(string verdict) => verdict switch { "allowed" => "#1a7f37", "denied" => "#cf222e", _ => "#9a6700" };

    private static void Label(StringBuilder svg, int x, int y, string text, string color, bool bold = false) =>
        svg.Append("<text x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" fill=\"").Append(color).Append("\" font-size=\"11\"").Append(bold ? " font-weight=\"600\"" : string.Empty).Append('>').Append(H(text)).Append("</text>");

    private static void Box(StringBuilder svg, int x, int y, int width, int height, string fill, string title, string detail, bool dashed = false)
    {
        svg.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" rx=\"6\" fill=\"").Append(fill).Append("\" stroke=\"#57606a\"").Append(dashed ? " stroke-dasharray=\"5,3\"" : string.Empty).Append("/>");
        svg.Append("<text x=\"").Append(x + 8).Append("\" y=\"").Append(y + 18).Append("\" font-weight=\"600\">").Append(H(title)).Append("</text>");
        svg.Append("<text x=\"").Append(x + 8).Append("\" y=\"").Append(y + 34).Append("\">").Append(H(detail)).Append("</text>");
    }

    private static void Arrow(StringBuilder svg, int x1, int y1, int x2, int y2, string verdict, bool dashed = false)
    {
        string marker = verdict is "allowed" or "denied" ? verdict : "unknown";
        svg.Append("<line x1=\"").Append(x1).Append("\" y1=\"").Append(y1).Append("\" x2=\"").Append(x2 - 2).Append("\" y2=\"").Append(y2)
            .Append("\" stroke=\"").Append(Color(verdict)).Append("\" stroke-width=\"2\"").Append(dashed ? " stroke-dasharray=\"6,4\"" : string.Empty)
            .Append(" marker-end=\"url(#arrow-").Append(marker).Append(")\"/>");
    }

    private static string Summary(IReadOnlyList<VerdictPart> parts) =>
        string.Join("; ", parts.Select(p => p.Verdict + " " + p.Sources + " by " + p.DecidedBy));

    private static string Short(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string Md(string text) => text.Replace("|", "\\|");

    private static string Mermaid(string text) => text.Replace("\"", "'").Replace("|", "/");
}
