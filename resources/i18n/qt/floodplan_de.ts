<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AreaPage</name>
    <message>
        <source>Area and flood</source>
        <translation>Gebiet und Hochwasser</translation>
    </message>
    <message>
        <source>Limit the project to a box in degrees of longitude and latitude (WGS 84), or keep the whole of the elevation files. The starter scenarios put the water this far above the river bed.</source>
        <translation>Das Projekt auf ein Rechteck in Grad geografischer Länge und Breite (WGS 84) begrenzen oder die Höhendateien ganz verwenden. Die Startszenarien setzen das Wasser so weit über die Flusssohle.</translation>
    </message>
    <message>
        <source>&amp;Limit to a box</source>
        <translation>Auf ein Rechteck &amp;begrenzen</translation>
    </message>
    <message>
        <source>Crop the elevation and the OpenStreetMap layers to the box below</source>
        <translation>Das Höhenmodell und die OpenStreetMap-Ebenen auf das Rechteck unten zuschneiden</translation>
    </message>
    <message>
        <source>&amp;West:</source>
        <translation>&amp;West:</translation>
    </message>
    <message>
        <source>Western edge (degrees of longitude, east positive)</source>
        <translation>Westrand (Grad geografischer Länge, Ost positiv)</translation>
    </message>
    <message>
        <source>&amp;South:</source>
        <translation>&amp;Süd:</translation>
    </message>
    <message>
        <source>Southern edge (degrees of latitude, north positive)</source>
        <translation>Südrand (Grad geografischer Breite, Nord positiv)</translation>
    </message>
    <message>
        <source>&amp;East:</source>
        <translation>&amp;Ost:</translation>
    </message>
    <message>
        <source>Eastern edge (degrees of longitude)</source>
        <translation>Ostrand (Grad geografischer Länge)</translation>
    </message>
    <message>
        <source>&amp;North:</source>
        <translation>&amp;Nord:</translation>
    </message>
    <message>
        <source>Northern edge (degrees of latitude)</source>
        <translation>Nordrand (Grad geografischer Breite)</translation>
    </message>
    <message>
        <source>From the &amp;DEM</source>
        <translation>Aus dem &amp;Höhenmodell</translation>
    </message>
    <message>
        <source>Fill the box with the extent of the elevation files</source>
        <translation>Das Rechteck mit der Ausdehnung der Höhendateien füllen</translation>
    </message>
    <message>
        <source>Depth of the design flood above the river bed along every river (m)</source>
        <translation>Tiefe des Bemessungshochwassers über der Flusssohle entlang jedes Flusses (m)</translation>
    </message>
    <message>
        <source>Flood &amp;depth above the river bed:</source>
        <translation>Hochwasser&amp;tiefe über der Flusssohle:</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <source>Attribute table</source>
        <translation>Attributtabelle</translation>
    </message>
    <message>
        <source>The layer whose features are listed</source>
        <translation>Die Ebene, deren Objekte aufgelistet werden</translation>
    </message>
    <message>
        <source>Select rows to select the features on the map; double-click a cell to edit it</source>
        <translation>Zeilen auswählen, um die Objekte in der Karte auszuwählen; Doppelklick auf eine Zelle zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>BreachTool</name>
    <message>
        <source>Click on a defense line to mark a breach.</source>
        <translation>Auf eine Schutzlinie klicken, um einen Bruch zu markieren.</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Which run&apos;s results to show</source>
        <extracomment>Results of runs by scenario name (the latest run of each), for comparison.</extracomment>
        <translation>Welche Berechnung gezeigt wird</translation>
    </message>
    <message>
        <source>No results yet: run a scenario.</source>
        <translation>Noch keine Ergebnisse: ein Szenario berechnen.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Berechnung:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write the report of the shown run (HTML or PDF, tables as CSV and GeoPackage)</source>
        <translation>Den Bericht der gezeigten Berechnung schreiben (HTML oder PDF, Tabellen als CSV und GeoPackage)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevölkerung</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Betroffenheit</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Versorgt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Versorgt %</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Kooperationsgewinn</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Art der Einsatzmittel</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>alle Arten</translation>
    </message>
    <message>
        <source>Coverage by all kinds together, or by one kind as it moves in the flood</source>
        <translation>Versorgung durch alle Arten zusammen oder durch eine Art, wie sie sich im Hochwasser bewegt</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Schutzanlage</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Gebietskörperschaft</translation>
    </message>
    <message>
        <source>Benefit (people)</source>
        <translation>Nutzen (Personen)</translation>
    </message>
    <message>
        <source>Harm (people)</source>
        <translation>Schaden (Personen)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Kostenanteil %</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Kostenanteil</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Schutzanlagen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Show changes on map</source>
        <translation>Änderungen in der Karte zeigen</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>⚠ These results are {reason}.</source>
        <translation>⚠ Diese Ergebnisse sind {reason}.</translation>
    </message>
    <message>
        <source>{0}: {1} ha flooded, {2} m³, deepest {3} m</source>
        <translation>{0}: {1} ha überflutet, {2} m³, größte Tiefe {3} m</translation>
    </message>
    <message>
        <source>Gaps ({0}): {1} building(s) not reached in time, {2} people, in {3} jurisdiction(s)</source>
        <translation>Lücken ({0}): {1} Gebäude nicht rechtzeitig erreicht, {2} Personen, in {3} Gebietskörperschaft(en)</translation>
    </message>
    <message>
        <source>Run two scenarios to compare them.</source>
        <translation>Zwei Szenarien berechnen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>no building changes state</source>
        <translation>kein Gebäude ändert seinen Zustand</translation>
    </message>
    <message>
        <source>Buildings ({0}): {text}</source>
        <translation>Gebäude ({0}): {text}</translation>
    </message>
</context>
<context>
    <name>DrawDefenseTool</name>
    <message>
        <source>A defense needs at least two vertices; click at least twice.</source>
        <translation>Eine Schutzanlage braucht mindestens zwei Stützpunkte; mindestens zweimal klicken.</translation>
    </message>
</context>
<context>
    <name>ElevationPage</name>
    <message>
        <source>Elevation</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Add the elevation tiles or files (SRTM .hgt or .hgt.zip, GeoTIFF, …). Overlapping files are mosaicked in this order; give a vertical offset (m) to bring a file to the others&apos; datum.</source>
        <translation>Die Höhenkacheln oder -dateien hinzufügen (SRTM .hgt oder .hgt.zip, GeoTIFF, …). Überlappende Dateien werden in dieser Reihenfolge zusammengesetzt; ein Höhenversatz (m) bringt eine Datei auf das Bezugssystem der anderen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Vertical offset (m)</source>
        <translation>Höhenversatz (m)</translation>
    </message>
    <message>
        <source>The elevation files in priority order; edit an offset by typing in its cell</source>
        <translation>Die Höhendateien nach Vorrang; einen Versatz in seiner Zelle eintippen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Choose one or more elevation files</source>
        <translation>Eine oder mehrere Höhendateien wählen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected file from the list</source>
        <translation>Die ausgewählte Datei aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Elevation files</source>
        <translation>Höhendateien</translation>
    </message>
</context>
<context>
    <name>EnsemblePane</name>
    <message>
        <source>Members: each draws which defenses fail in each event</source>
        <translation>Läufe: jeder zieht, welche Schutzanlagen in jedem Ereignis versagen</translation>
    </message>
    <message>
        <source>The same seed gives the same result, on any number of workers</source>
        <translation>Derselbe Startwert gibt dasselbe Ergebnis, mit beliebig vielen Prozessen</translation>
    </message>
    <message>
        <source>Worker processes of the local Dask cluster</source>
        <translation>Rechenprozesse des lokalen Dask-Clusters</translation>
    </message>
    <message>
        <source>local (or tcp://HOST:PORT)</source>
        <translation>lokal (oder tcp://HOST:PORT)</translation>
    </message>
    <message>
        <source>Address of a running dask scheduler; empty: a local cluster</source>
        <translation>Adresse eines laufenden Dask-Schedulers; leer: ein lokaler Cluster</translation>
    </message>
    <message>
        <source>Run ensemble</source>
        <translation>Ensemble berechnen</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Anlagen von:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Scheduler:</translation>
    </message>
    <message>
        <source>Defenses with fragility_median_m and fragility_beta may fail; press Run.</source>
        <translation>Schutzanlagen mit fragility_median_m und fragility_beta können versagen; Berechnen drücken.</translation>
    </message>
    <message>
        <source>Map of event:</source>
        <translation>Karte des Ereignisses:</translation>
    </message>
    <message>
        <source>T (years)</source>
        <translation>T (Jahre)</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Schutzanlage</translation>
    </message>
    <message>
        <source>Load (m)</source>
        <translation>Belastung (m)</translation>
    </message>
    <message>
        <source>Fragility %</source>
        <translation>Versagenswahrscheinlichkeit %</translation>
    </message>
    <message>
        <source>Failed in %</source>
        <translation>Versagt in %</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Gebietskörperschaft</translation>
    </message>
    <message>
        <source>EAD mean</source>
        <translation>EAD Mittel</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>done: {0} members, {1} distinct flood states</source>
        <translation>fertig: {0} Läufe, {1} verschiedene Hochwasserzustände</translation>
    </message>
    <message>
        <source>{0}: {1} members (seed {2}) on {3} with {4} worker(s).{notes}</source>
        <translation>{0}: {1} Läufe (Startwert {2}) auf {3} mit {4} Prozess(en).{notes}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map plate</source>
        <translation>Kartenblatt exportieren</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>ISO paper size of the plate</source>
        <translation>ISO-Papierformat des Kartenblatts</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>Landscape (wide) or portrait (tall) page</source>
        <translation>Querformat (breit) oder Hochformat (hoch)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Dots per inch of a PNG, and of the flood image in PDF/SVG (300 for print)</source>
        <translation>Punkte pro Zoll eines PNG und des Hochwasserbilds in PDF/SVG (300 für den Druck)</translation>
    </message>
    <message>
        <source>Flood map</source>
        <translation>Hochwasserkarte</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title of the plate; empty gives &apos;Flood map&apos; in the chosen languages</source>
        <translation>Titel des Kartenblatts; leer ergibt „Hochwasserkarte“ in den gewählten Sprachen</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>Line under the title (e.g. the scenario and the meeting)</source>
        <translation>Zeile unter dem Titel (z. B. das Szenario und die Sitzung)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Who made the plate (shown in the information block)</source>
        <translation>Wer das Kartenblatt erstellt hat (im Informationsblock gezeigt)</translation>
    </message>
    <message>
        <source>Main language of every text on the plate</source>
        <translation>Hauptsprache aller Texte auf dem Kartenblatt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Second language shown beside the main one (e.g. the neighbour&apos;s)</source>
        <translation>Zweite Sprache neben der Hauptsprache (z. B. die des Nachbarn)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>The plate&apos;s texts in one or two languages side by side</source>
        <translation>Die Texte des Kartenblatts in einer oder zwei Sprachen nebeneinander</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Karte einpassen</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Fester Maßstab 1:</translation>
    </message>
    <message>
        <source>Fit the whole project (or atlas page) on the map, or print at an exact scale</source>
        <translation>Das ganze Projekt (oder die Atlasseite) in die Karte einpassen oder in einem genauen Maßstab drucken</translation>
    </message>
    <message>
        <source>Scale denominator: 25,000 prints 1 cm on paper for 250 m on the ground</source>
        <translation>Maßstabszahl: 25.000 druckt 1 cm auf dem Papier für 250 m im Gelände</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Maß&amp;stab:</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Kartenmaßstab</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>Response &amp;mode:</source>
        <translation>Einsatz&amp;modus:</translation>
    </message>
    <message>
        <source>Which coverage gaps the map shows: joint (cross-border help) or national (each country alone)</source>
        <translation>Welche Versorgungslücken die Karte zeigt: gemeinsam (grenzüberschreitende Hilfe) oder national (jedes Land allein)</translation>
    </message>
    <message>
        <source>Locator &amp;inset</source>
        <translation>Über&amp;sichtskarte</translation>
    </message>
    <message>
        <source>A small overview map showing where the plate lies</source>
        <translation>Eine kleine Übersichtskarte, die zeigt, wo das Kartenblatt liegt</translation>
    </message>
    <message>
        <source>Summary &amp;table</source>
        <translation>Zusammenfassungs&amp;tabelle</translation>
    </message>
    <message>
        <source>Per-country table of flooded and reached people (needs a scenario run)</source>
        <translation>Tabelle je Staat der überfluteten und erreichten Personen (braucht eine Szenarioberechnung)</translation>
    </message>
    <message>
        <source>Service a&amp;reas</source>
        <translation>Einsatz&amp;bereiche</translation>
    </message>
    <message>
        <source>Draw the areas each resource reaches within its target time</source>
        <translation>Die Bereiche zeichnen, die jedes Einsatzmittel in seiner Zielzeit erreicht</translation>
    </message>
    <message>
        <source>&amp;Atlas: one page per jurisdiction (PDF)</source>
        <translation>&amp;Atlas: eine Seite je Gebietskörperschaft (PDF)</translation>
    </message>
    <message>
        <source>Write a multi-page PDF with one plate fitted to each jurisdiction</source>
        <translation>Ein mehrseitiges PDF mit je einem Kartenblatt pro Gebietskörperschaft schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save &amp;layout</source>
        <translation>&amp;Layout speichern</translation>
    </message>
    <message>
        <source>Keep these settings in the project (undoable) without exporting</source>
        <translation>Diese Einstellungen im Projekt behalten (rückgängig machbar), ohne zu exportieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Choose a PDF, PNG or SVG file and write the plate in the background</source>
        <translation>Eine PDF-, PNG- oder SVG-Datei wählen und das Kartenblatt im Hintergrund schreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the dialog (a running export is cancelled)</source>
        <translation>Den Dialog schließen (ein laufender Export wird abgebrochen)</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>Keine Vorschau: {0}</translation>
    </message>
    <message>
        <source>Preview of the plate (low resolution); it follows every change</source>
        <translation>Vorschau des Kartenblatts (niedrige Auflösung); sie folgt jeder Änderung</translation>
    </message>
    <message>
        <source>{0} {1}, {w:g} × {h:g} mm{atlas}</source>
        <translation>{0} {1}, {w:g} × {h:g} mm{atlas}</translation>
    </message>
    <message>
        <source>Layout saved in the project.</source>
        <translation>Layout im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Kartenblatt exportieren</translation>
    </message>
    <message>
        <source>Writing the {what} to {path}…</source>
        <translation>{what} wird nach {path} geschrieben…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Written: {0}{pages}</source>
        <translation>Geschrieben: {0}{pages}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Export cancelled; the file may be incomplete and should not be used.</source>
        <translation>Export abgebrochen; die Datei kann unvollständig sein und sollte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>FloodKind</name>
    <message>
        <source>level</source>
        <translation>Wasserstand</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Edit {col} of</source>
        <translation>{col} bearbeiten von</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Layers, top first. Tick to show; drag to change the drawing order; right-click for more.</source>
        <translation>Ebenen, oberste zuerst. Haken zum Zeigen; ziehen ändert die Zeichenreihenfolge; Rechtsklick für mehr.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Deckkraft der ausgewählten Ebene</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Colour of the selected layer</source>
        <translation>Farbe der ausgewählten Ebene</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a layer from a file (or drop files on the window)</source>
        <translation>Eine Ebene aus einer Datei hinzufügen (oder Dateien auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected layer (undoable)</source>
        <translation>Die ausgewählte Ebene entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoomen auf</translation>
    </message>
    <message>
        <source>Zoom the map to the selected layer</source>
        <translation>Die Karte auf die ausgewählte Ebene zoomen</translation>
    </message>
    <message>
        <source>Run outputs</source>
        <translation>Berechnungsergebnisse</translation>
    </message>
    <message>
        <source>The outputs of the shown run; tick to show on the map</source>
        <translation>Die Ergebnisse der gezeigten Berechnung; Haken zum Zeigen in der Karte</translation>
    </message>
    <message>
        <source>Opacity of the selected run output</source>
        <translation>Deckkraft des ausgewählten Ergebnisses</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Auf Ebene zoomen</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Attributtabelle öffnen</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Ebene entfernen</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>What the symbols and colours on the map mean</source>
        <translation>Was die Symbole und Farben der Karte bedeuten</translation>
    </message>
</context>
<context>
    <name>LogKind</name>
    <message>
        <source>note</source>
        <extracomment>Wall-clock time (ms) between two automatic steps while playing. Decision kinds the facilitator can log (a note changes nothing). The kinds of log entry as the Kind box shows them (for lupdate; the codes are the exercise&apos;s data).</extracomment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>send_resource</source>
        <translation>Einsatzmittel entsenden</translation>
    </message>
    <message>
        <source>move_resource</source>
        <translation>Einsatzmittel verlegen</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>außer Dienst</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <extracomment>Start-up: the results, exercise and versions docks are built at the latest this long (ms) after the first docks, when the live flood is not shown before (no scenario, a dynamic flood).</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;Projekt geöffnet&gt;</translation>
    </message>
    <message>
        <source>Every edit, oldest first; click a line to go back to it</source>
        <translation>Jede Bearbeitung, älteste zuerst; eine Zeile anklicken, um dorthin zurückzugehen</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>kein KBS</translation>
    </message>
    <message>
        <source>Map: tabletop exercise (run results hidden)</source>
        <translation>Karte: Planübung (Berechnungsergebnisse ausgeblendet)</translation>
    </message>
    <message>
        <source>Exercise T+{0:02d}:{1:02d} — {2} road piece(s) closed</source>
        <translation>Übung T+{0:02d}:{1:02d} — {2} Straßenabschnitt(e) gesperrt</translation>
    </message>
    <message>
        <source>Results out of date: {0}</source>
        <translation>Ergebnisse veraltet: {0}</translation>
    </message>
    <message>
        <source>Coverage updated for your last edit</source>
        <translation>Versorgung für die letzte Bearbeitung aktualisiert</translation>
    </message>
    <message>
        <source>Results: {0} — updating coverage…</source>
        <translation>Ergebnisse: {0} — Versorgung wird aktualisiert…</translation>
    </message>
    <message>
        <source>Results: {0}{hidden}</source>
        <translation>Ergebnisse: {0}{hidden}</translation>
    </message>
    <message>
        <source>Results {reason}</source>
        <translation>Ergebnisse {reason}</translation>
    </message>
    <message>
        <source>{0}[*] — floodplan</source>
        <translation>{0}[*] — floodplan</translation>
    </message>
    <message>
        <source>doing &apos;{0}&apos;</source>
        <translation>bei „{0}“</translation>
    </message>
    <message>
        <source>Nothing selected to delete.</source>
        <translation>Nichts zum Löschen ausgewählt.</translation>
    </message>
    <message>
        <source>set its crest, type, owner and cost in the Properties panel.</source>
        <translation>Kronenhöhe, Art, Eigentümer und Kosten im Eigenschaften-Fenster festlegen.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>{0} Overwrite it with this version?</source>
        <translation>{0} Mit dieser Fassung überschreiben?</translation>
    </message>
    <message>
        <source>Not saved: {0} changed on disk</source>
        <translation>Nicht gespeichert: {0} wurde auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>saving {path}</source>
        <translation>beim Speichern von {path}</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>{target} gespeichert</translation>
    </message>
    <message>
        <source>floodplan</source>
        <translation>floodplan</translation>
    </message>
    <message>
        <source>{0} has unsaved changes. Save them?</source>
        <translation>{0} hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Ebenen hinzufügen</translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation>{0} hinzugefügt</translation>
    </message>
    <message>
        <source>{0} could not be read ({first}); the project is unchanged. Details are in {1}.</source>
        <translation>{0} konnte nicht gelesen werden ({first}); das Projekt ist unverändert. Einzelheiten stehen in {1}.</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy at {0}</source>
        <translation>Wiederherstellungskopie um {0} automatisch gespeichert</translation>
    </message>
    <message>
        <source>floodplan stopped unexpectedly last time; it had no unsaved changes to recover. What happened is in the log {log_file} (Help &gt; Show log folder).</source>
        <translation>floodplan wurde beim letzten Mal unerwartet beendet; es gab keine ungespeicherten Änderungen wiederherzustellen. Was geschah, steht im Protokoll {log_file} (Hilfe &gt; Protokollordner zeigen).</translation>
    </message>
    <message>
        <source>{how}; changes to {name} autosaved at {when} were kept. Recover them?</source>
        <translation>{how}; Änderungen an {name}, automatisch gespeichert um {when}, wurden aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Cursor position in the project&apos;s working CRS (m)</source>
        <translation>Cursorposition im Arbeits-KBS des Projekts (m)</translation>
    </message>
    <message>
        <source>Cursor position in longitude and latitude (WGS 84)</source>
        <translation>Cursorposition in geografischer Länge und Breite (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Kartenmaßstab auf diesem Bildschirm</translation>
    </message>
    <message>
        <source>Which results the map and the Results panel show, and whether they are current</source>
        <translation>Welche Ergebnisse die Karte und das Ergebnisfenster zeigen und ob sie aktuell sind</translation>
    </message>
    <message>
        <source>{x:,.1f} E  {y:,.1f} N</source>
        <translation>{x:,.1f} O  {y:,.1f} N</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Ein leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a floodplan project (.gpkg)</source>
        <translation>Ein floodplan-Projekt öffnen (.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Das Projekt unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>Ebene &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add layers from GIS files (or drop files on the window)</source>
        <translation>Ebenen aus GIS-Dateien hinzufügen (oder Dateien auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>New project from &amp;public data…</source>
        <translation>Neues Projekt aus &amp;offenen Daten…</translation>
    </message>
    <message>
        <source>Build a project from elevation tiles and an OpenStreetMap extract</source>
        <translation>Ein Projekt aus Höhenkacheln und einem OpenStreetMap-Auszug erstellen</translation>
    </message>
    <message>
        <source>&amp;Export map plate…</source>
        <translation>Karten&amp;blatt exportieren…</translation>
    </message>
    <message>
        <source>A map plate for a joint meeting (PDF, PNG or SVG, A4–A0, two languages)</source>
        <translation>Ein Kartenblatt für eine gemeinsame Sitzung (PDF, PNG oder SVG, A4–A0, zwei Sprachen)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>The scenario report (HTML or PDF) with its tables as CSV and GeoPackage</source>
        <translation>Der Szenariobericht (HTML oder PDF) mit seinen Tabellen als CSV und GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close floodplan</source>
        <translation>floodplan schließen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstel&amp;lungen…</translation>
    </message>
    <message>
        <source>The interface language and the autosave interval</source>
        <translation>Sprache der Oberfläche und Intervall der automatischen Sicherung</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected feature</source>
        <translation>Das ausgewählte Objekt löschen</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Auf &amp;alles zoomen</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Alle Ebenen zeigen</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Auf &amp;Ebene zoomen</translation>
    </message>
    <message>
        <source>Show the layer selected in the Layers panel</source>
        <translation>Die im Ebenen-Fenster ausgewählte Ebene zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>He&amp;rauszoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>&amp;Attributtabelle öffnen</translation>
    </message>
    <message>
        <source>List the selected layer&apos;s features</source>
        <translation>Die Objekte der ausgewählten Ebene auflisten</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>Szenario &amp;berechnen</translation>
    </message>
    <message>
        <source>Run the scenario shown in the Scenario panel (in the background; Cancel stops it)</source>
        <translation>Das im Szenario-Fenster gezeigte Szenario berechnen (im Hintergrund; Abbrechen hält es an)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Berechnung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the running scenario after its current step; nothing is changed</source>
        <translation>Das laufende Szenario nach dem aktuellen Schritt anhalten; nichts wird geändert</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>&amp;Protokollordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder of floodplan&apos;s log file (what to send with a bug report)</source>
        <translation>Den Ordner der Protokolldatei von floodplan öffnen (was einem Fehlerbericht beizulegen ist)</translation>
    </message>
    <message>
        <source>How to plan a joint &amp;defense</source>
        <translation>Wie man einen gemeinsamen &amp;Hochwasserschutz plant</translation>
    </message>
    <message>
        <source>A short step-by-step guide</source>
        <translation>Eine kurze Schritt-für-Schritt-Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About floodplan</source>
        <translation>&amp;Über floodplan</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Die letzte Bearbeitung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the last undone edit (Ctrl+Shift+Z)</source>
        <translation>Die zuletzt rückgängig gemachte Bearbeitung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Kind of resource the Place resource tool puts on the map</source>
        <translation>Art des Einsatzmittels, das das Werkzeug „Einsatzmittel setzen“ in die Karte setzt</translation>
    </message>
    <message>
        <source>No scenario to run: add one in the Scenario panel.</source>
        <translation>Kein Szenario zu berechnen: im Szenario-Fenster eines hinzufügen.</translation>
    </message>
    <message>
        <source>A run is already going; Shift+F5 cancels it.</source>
        <translation>Eine Berechnung läuft bereits; Umschalt+F5 bricht sie ab.</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Pan the map by dragging (Shift+drag zooms to a box; the wheel zooms at the cursor)</source>
        <translation>Die Karte durch Ziehen verschieben (Umschalt+Ziehen zoomt auf ein Rechteck; das Mausrad zoomt am Cursor)</translation>
    </message>
    <message>
        <source>Zoom to box</source>
        <translation>Auf Rechteck zoomen</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it; click to zoom in, right-click to zoom out</source>
        <translation>Ein Rechteck aufziehen, um darauf zu zoomen; Klick zoomt hinein, Rechtsklick heraus</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Click a feature to see its attributes</source>
        <translation>Ein Objekt anklicken, um seine Attribute zu sehen</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Auswählen / verschieben</translation>
    </message>
    <message>
        <source>Click a feature to select it; drag a selected defense or resource to move it; Delete removes it</source>
        <translation>Ein Objekt anklicken, um es auszuwählen; eine ausgewählte Schutzanlage oder ein Einsatzmittel ziehen, um es zu verschieben; Entf entfernt es</translation>
    </message>
    <message>
        <source>Draw defense</source>
        <translation>Schutzanlage zeichnen</translation>
    </message>
    <message>
        <source>Draw a levee, wall or mobile barrier: click its vertices (they snap to existing defenses), double-click or press Enter to finish, Esc to cancel</source>
        <translation>Einen Deich, eine Mauer oder eine mobile Wand zeichnen: ihre Stützpunkte anklicken (sie rasten an bestehenden Schutzanlagen ein), Doppelklick oder Eingabe zum Abschließen, Esc zum Abbrechen</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>Stützpunkte bearbeiten</translation>
    </message>
    <message>
        <source>Reshape the selected defense: drag a vertex, double-click a segment to add one, right-click a vertex to remove it</source>
        <translation>Die ausgewählte Schutzanlage umformen: einen Stützpunkt ziehen, Doppelklick auf ein Segment fügt einen hinzu, Rechtsklick auf einen Stützpunkt entfernt ihn</translation>
    </message>
    <message>
        <source>Place resource</source>
        <translation>Einsatzmittel setzen</translation>
    </message>
    <message>
        <source>Click to place a resource (fire, ambulance, rescue, pump, shelter, hospital) of the chosen kind</source>
        <translation>Klicken, um ein Einsatzmittel (Feuerwehr, Rettungswagen, Rettung, Pumpe, Notunterkunft, Krankenhaus) der gewählten Art zu setzen</translation>
    </message>
    <message>
        <source>Mark breach</source>
        <translation>Bruch markieren</translation>
    </message>
    <message>
        <source>Click a defense to mark it breached (failing) in the active scenario; click again to undo the mark</source>
        <translation>Eine Schutzanlage anklicken, um sie im aktiven Szenario als gebrochen (versagend) zu markieren; erneuter Klick hebt die Markierung auf</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project from public data</source>
        <translation>Neues Projekt aus offenen Daten</translation>
    </message>
    <message>
        <source>Build and save the project</source>
        <translation>Das Projekt erstellen und speichern</translation>
    </message>
    <message>
        <source>Stop building (nothing is written) or close the wizard</source>
        <translation>Das Erstellen anhalten (nichts wird geschrieben) oder den Assistenten schließen</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>landscape</source>
        <extracomment>Dots per inch of the preview: enough to read the layout, cheap enough to redraw in ~0.3 s. Quiet time (ms) after the last change before the preview is redrawn. The page orientations as the Orientation box shows them (for lupdate; the codes are the layout&apos;s data).</extracomment>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
</context>
<context>
    <name>OsmPage</name>
    <message>
        <source>OpenStreetMap (optional)</source>
        <translation>OpenStreetMap (optional)</translation>
    </message>
    <message>
        <source>An OpenStreetMap extract (.osm.pbf) gives the buildings, roads, rivers, borders and stations. Leave it empty for a project with the elevation only.</source>
        <translation>Ein OpenStreetMap-Auszug (.osm.pbf) liefert Gebäude, Straßen, Flüsse, Grenzen und Wachen. Leer lassen für ein Projekt nur mit dem Höhenmodell.</translation>
    </message>
    <message>
        <source>e.g. andorra.osm.pbf (optional)</source>
        <translation>z. B. andorra.osm.pbf (optional)</translation>
    </message>
    <message>
        <source>Path of the OpenStreetMap extract</source>
        <translation>Pfad des OpenStreetMap-Auszugs</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the OpenStreetMap extract</source>
        <translation>Den OpenStreetMap-Auszug wählen</translation>
    </message>
    <message>
        <source>&amp;Extract:</source>
        <translation>&amp;Auszug:</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>OpenStreetMap-Auszug</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs whose thread is still running; holding them here keeps Python from deleting a running QThread when the caller drops its reference (which would abort the process). Seconds between two progress signals at most (20 Hz): the GUI never needs more, and every queued signal costs the GUI thread an event; the engine may report as often as it likes. Emitted in the GUI thread after everything else of the job (its on_finished callback included): what tests and scripts wait on, instead of polling for a state with a timeout. Steps of the bar (the fraction is shown to 0.1 %).</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run after its current step; nothing is changed</source>
        <translation>Die Berechnung nach dem aktuellen Schritt anhalten; nichts wird geändert</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Nothing selected. Use Identify or Select on the map.</source>
        <translation>Nichts ausgewählt. „Abfragen“ oder „Auswählen“ in der Karte verwenden.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>All attributes of the selected feature</source>
        <translation>Alle Attribute des ausgewählten Objekts</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Schutzanlage</translation>
    </message>
    <message>
        <source>The defense&apos;s id (scenarios name breaches by it)</source>
        <translation>Die Kennung der Schutzanlage (Szenarien benennen Brüche danach)</translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation>Kronenhöhe (m)</translation>
    </message>
    <message>
        <source>Height above ground (m)</source>
        <translation>Höhe über Gelände (m)</translation>
    </message>
    <message>
        <source>Give the crest as an elevation (same datum as the DEM) or as a height above the ground</source>
        <translation>Die Krone als Höhe (im Bezugssystem des Höhenmodells) oder als Höhe über Gelände angeben</translation>
    </message>
    <message>
        <source>levee (earth bank), wall (flood wall) or mobile (demountable barrier)</source>
        <translation>levee (Erddeich), wall (Hochwasserschutzmauer) oder mobile (mobile Schutzwand)</translation>
    </message>
    <message>
        <source>existing: built; planned: built only in scenarios that include planned defenses</source>
        <translation>existing: gebaut; planned: nur in Szenarien mit geplanten Schutzanlagen gebaut</translation>
    </message>
    <message>
        <source>The jurisdiction that owns (and pays for) the defense</source>
        <translation>Die Gebietskörperschaft, der die Schutzanlage gehört (und die sie bezahlt)</translation>
    </message>
    <message>
        <source>Cost in currency units (split between jurisdictions by benefit in the appraisal)</source>
        <translation>Kosten in Währungseinheiten (in der Bewertung nach Nutzen auf die Gebietskörperschaften aufgeteilt)</translation>
    </message>
    <message>
        <source>Breached in the active scenario</source>
        <translation>Im aktiven Szenario gebrochen</translation>
    </message>
    <message>
        <source>A breached defense is left out of the terrain in the active scenario</source>
        <translation>Eine gebrochene Schutzanlage fehlt im Gelände des aktiven Szenarios</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Crest given as</source>
        <translation>Krone angegeben als</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Gebietskörperschaft</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Einsatzmittel</translation>
    </message>
    <message>
        <source>People it can take (shelters, hospitals)</source>
        <translation>Aufnahmefähigkeit in Personen (Notunterkünfte, Krankenhäuser)</translation>
    </message>
    <message>
        <source>Serves across the border</source>
        <translation>Grenzüberschreitend im Einsatz</translation>
    </message>
    <message>
        <source>Joint mode: cross-border resources serve and travel in both countries</source>
        <translation>Gemeinsamer Modus: grenzüberschreitende Einsatzmittel helfen und fahren in beiden Ländern</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In Dienst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aufnahmefähigkeit</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the changes (one undoable edit)</source>
        <translation>Die Änderungen übernehmen (eine rückgängig machbare Bearbeitung)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoomen auf</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt; — feature {fid} ({0})</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; — Objekt {fid} ({0})</translation>
    </message>
    <message>
        <source>Breached in scenario &apos;{0}&apos;</source>
        <translation>Gebrochen in Szenario „{0}“</translation>
    </message>
    <message>
        <source>Breached (add a scenario first)</source>
        <translation>Gebrochen (zuerst ein Szenario hinzufügen)</translation>
    </message>
    <message>
        <source>Converted with the mean ground under the line, {ground:.2f} m; Apply to keep it</source>
        <translation>Umgerechnet mit dem mittleren Gelände unter der Linie, {ground:.2f} m; Übernehmen behält es</translation>
    </message>
    <message>
        <source>No DEM under the line: check the value before you Apply</source>
        <translation>Kein Höhenmodell unter der Linie: den Wert vor dem Übernehmen prüfen</translation>
    </message>
    <message>
        <source>Edit {what} {0}</source>
        <translation>{what} {0} bearbeiten</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Compute risk</source>
        <translation>Risiko berechnen</translation>
    </message>
    <message>
        <source>Damage over the project&apos;s hq&lt;N&gt; floods, EAD per jurisdiction, and each defense&apos;s Shapley benefit, BCR and cost shares</source>
        <translation>Schäden über die hq&lt;N&gt;-Hochwasser des Projekts, EAD je Gebietskörperschaft sowie Shapley-Nutzen, NKV und Kostenanteile jeder Schutzanlage</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Anlagen von:</translation>
    </message>
    <message>
        <source>Press Compute risk.</source>
        <translation>„Risiko berechnen“ drücken.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>EAD (EUR/yr)</source>
        <translation>EAD (EUR/Jahr)</translation>
    </message>
    <message>
        <source>EAP (people/yr)</source>
        <translation>EAP (Personen/Jahr)</translation>
    </message>
    <message>
        <source>EAD without</source>
        <translation>EAD ohne</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Schutzanlage</translation>
    </message>
    <message>
        <source>Benefit (EUR/yr)</source>
        <translation>Nutzen (EUR/Jahr)</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>NKV</translation>
    </message>
    <message>
        <source>NPV (EUR)</source>
        <translation>Kapitalwert (EUR)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Gebietskörperschaft</translation>
    </message>
    <message>
        <source>Avoided (EUR/yr)</source>
        <translation>Vermieden (EUR/Jahr)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Kostenanteil %</translation>
    </message>
    <message>
        <source>Harm (EUR/yr)</source>
        <translation>Schaden (EUR/Jahr)</translation>
    </message>
    <message>
        <source>done: {0} floods, Shapley values {1}</source>
        <translation>fertig: {0} Hochwasser, Shapley-Werte {1}</translation>
    </message>
    <message>
        <source>{0}: EAD {1:,.0f} EUR/year, EAP {2:.1f} people/year; the defenses avoid {3:,.0f} EUR/year (curves: JRC Europe, 2010 EUR).{notes}</source>
        <translation>{0}: EAD {1:,.0f} EUR/Jahr, EAP {2:.1f} Personen/Jahr; die Schutzanlagen vermeiden {3:,.0f} EUR/Jahr (Kurven: JRC Europa, EUR von 2010).{notes}</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Where to save the new project. Finish builds it (this can take a minute).</source>
        <translation>Wo das neue Projekt gespeichert wird. Fertigstellen erstellt es (das kann eine Minute dauern).</translation>
    </message>
    <message>
        <source>e.g. valley.gpkg</source>
        <translation>z. B. tal.gpkg</translation>
    </message>
    <message>
        <source>The new project file (a GeoPackage, .gpkg)</source>
        <translation>Die neue Projektdatei (ein GeoPackage, .gpkg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the project</source>
        <translation>Wählen, wo das Projekt gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>&amp;Projektdatei:</translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation>Neues Projekt speichern</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Fassung speichern</translation>
    </message>
    <message>
        <source>what was decided, at which meeting</source>
        <translation>was beschlossen wurde, in welcher Sitzung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenario</source>
        <extracomment>Layer roles whose edits change the flood the preview shows (defenses are burned into the DEM; profile points set a profile flood&apos;s surface). Flood kinds with a live slider.</extracomment>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>The scenario to edit and run</source>
        <extracomment>called with the scenario&apos;s name when the user shows another scenario</extracomment>
        <translation>Das zu bearbeitende und zu berechnende Szenario</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Hochwasser</translation>
    </message>
    <message>
        <source>level: a flat water level; profile: levels along the river; volume: the water held</source>
        <translation>Wasserstand: ein ebener Wasserspiegel; Profil: Wasserstände entlang des Flusses; Volumen: die gehaltene Wassermenge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Wasserstand</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Profile layer</source>
        <translation>Profilebene</translation>
    </message>
    <message>
        <source>Profile flood</source>
        <translation>Profilhochwasser</translation>
    </message>
    <message>
        <source>Drag to preview the flood at another level, volume or profile offset; the scenario is not changed unless you keep the preview</source>
        <translation>Ziehen, um das Hochwasser bei einem anderen Wasserstand, Volumen oder Profilversatz vorzuschauen; das Szenario ändert sich nur, wenn die Vorschau übernommen wird</translation>
    </message>
    <message>
        <source>Live flood</source>
        <translation>Hochwasser live</translation>
    </message>
    <message>
        <source>Keep in this scenario</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Make the previewed flood this scenario&apos;s flood (one undoable edit)</source>
        <translation>Das vorgeschaute Hochwasser zum Hochwasser dieses Szenarios machen (eine rückgängig machbare Bearbeitung)</translation>
    </message>
    <message>
        <source>Save as new scenario…</source>
        <translation>Als neues Szenario…</translation>
    </message>
    <message>
        <source>A copy of this scenario with the previewed flood (undoable)</source>
        <translation>Eine Kopie dieses Szenarios mit dem vorgeschauten Hochwasser (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Back to the scenario</source>
        <translation>Zurück zum Szenario</translation>
    </message>
    <message>
        <source>Show this scenario&apos;s own flood again</source>
        <translation>Das eigene Hochwasser dieses Szenarios wieder zeigen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>joint: cross-border resources serve both sides; national: each country alone</source>
        <translation>gemeinsam: grenzüberschreitende Einsatzmittel helfen beiden Seiten; national: jedes Land allein</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Roads under deeper water than this are impassable for response vehicles (kinds without their own limit below, resources without max_wading_m)</source>
        <translation>Straßen unter tieferem Wasser sind für Einsatzfahrzeuge unpassierbar (Arten ohne eigene Grenze unten, Einsatzmittel ohne max_wading_m)</translation>
    </message>
    <message>
        <source>Wading limit</source>
        <translation>Watgrenze</translation>
    </message>
    <message>
        <source>Wading limit per kind</source>
        <translation>Watgrenze je Art</translation>
    </message>
    <message>
        <source>Water a boat needs: boats move only through cells at least this deep</source>
        <translation>Wasser, das ein Boot braucht: Boote fahren nur durch Zellen, die mindestens so tief sind</translation>
    </message>
    <message>
        <source>Boat draft</source>
        <translation>Tiefgang der Boote</translation>
    </message>
    <message>
        <source>Resources and buildings farther than this from the nearest road are unreachable (a project setting, for every scenario)</source>
        <translation>Einsatzmittel und Gebäude, die weiter von der nächsten Straße entfernt sind, sind unerreichbar (eine Projekteinstellung, für jedes Szenario)</translation>
    </message>
    <message>
        <source>Max distance to a road</source>
        <translation>Höchstabstand zu einer Straße</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Zielzeiten (Minuten)</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Schutzanlagen</translation>
    </message>
    <message>
        <source>Include planned defenses</source>
        <translation>Geplante Schutzanlagen einbeziehen</translation>
    </message>
    <message>
        <source>Unticked defenses are breached (left out of the terrain)</source>
        <translation>Nicht angehakte Schutzanlagen sind gebrochen (fehlen im Gelände)</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Szenario berechnen</translation>
    </message>
    <message>
        <source>The project has no scenario: press New to add one.</source>
        <translation>Das Projekt hat kein Szenario: „Neu“ drücken, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>other kinds</source>
        <translation>andere Arten</translation>
    </message>
    <message>
        <source>Water a {kind} vehicle drives through (a boat: its trailer); a resource&apos;s max_wading_m overrides it</source>
        <translation>Wasser, durch das ein Fahrzeug der Art {kind} fährt (ein Boot: sein Anhänger); max_wading_m eines Einsatzmittels hat Vorrang</translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (geplant)</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Name des Szenarios:</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>preparing the live flood…</source>
        <translation>Hochwasser live wird vorbereitet…</translation>
    </message>
    <message>
        <source>Live flood unavailable: {0}</source>
        <translation>Hochwasser live nicht verfügbar: {0}</translation>
    </message>
    <message>
        <source>Save previewed flood as a scenario</source>
        <translation>Vorgeschautes Hochwasser als Szenario speichern</translation>
    </message>
    <message>
        <source>A {0} flood shows on the map after Run.</source>
        <translation>Ein Hochwasser der Art {0} erscheint nach der Berechnung in der Karte.</translation>
    </message>
    <message>
        <source>{label}: {0:,.1f} ha flooded, deepest {1:.2f} m{note}</source>
        <translation>{label}: {0:,.1f} ha überflutet, größte Tiefe {1:.2f} m{note}</translation>
    </message>
    <message>
        <source>Running {0}…</source>
        <translation>{0} wird berechnet…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Gaps ({mode}, {0}): {1} building(s), {2:,.0f} people not reached in time</source>
        <translation>Lücken ({mode}, {0}): {1} Gebäude, {2:,.0f} Personen nicht rechtzeitig erreicht</translation>
    </message>
</context>
<context>
    <name>SchemePane</name>
    <message>
        <source>Whose defenses make the scheme (the scenario&apos;s flood is not used)</source>
        <extracomment>Events as ``T=FLOOD,…`` (None: the project&apos;s hq&lt;N&gt; profile floods).</extracomment>
        <translation>Wessen Schutzanlagen das Vorhaben bilden (das Hochwasser des Szenarios wird nicht verwendet)</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>abgebrochen; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; &apos;floodplan --lang CODE&apos; overrides it</source>
        <translation>Die Sprache der Menüs, Fenster und Meldungen; „floodplan --lang CODE“ hat Vorrang</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between recovery copies of a project with unsaved changes</source>
        <translation>Minuten zwischen Wiederherstellungskopien eines Projekts mit ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Automatisch sichern alle</translation>
    </message>
    <message>
        <source>A new language applies when floodplan starts next.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von floodplan.</translation>
    </message>
</context>
<context>
    <name>TabletopDock</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>Planübung</translation>
    </message>
    <message>
        <source>The scenario whose tabletop exercise to run</source>
        <extracomment>True once the facilitator started, stepped or reset the exercise: only then is it on the map</extracomment>
        <translation>Das Szenario, dessen Planübung durchgeführt wird</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <source>Local inertial (LISFLOOD-FP)</source>
        <translation>Lokal träge (LISFLOOD-FP)</translation>
    </message>
    <message>
        <source>Full momentum (with advection)</source>
        <translation>Volle Impulsgleichung (mit Advektion)</translation>
    </message>
    <message>
        <source>The flood model&apos;s momentum equation. Local inertial is the standard for floodplains; full momentum keeps the convective term and brings fast, shallow fronts over smooth ground in on time (about twice the computing time). Changing it restarts the exercise (undoable).</source>
        <translation>Die Impulsgleichung des Hochwassermodells. Lokal träge ist der Standard für Überschwemmungsgebiete; die volle Impulsgleichung behält den konvektiven Term und bringt schnelle, flache Fronten über glattem Gelände rechtzeitig an (etwa doppelte Rechenzeit). Eine Änderung startet die Übung neu (rückgängig machbar).</translation>
    </message>
    <message>
        <source>Flood &amp;model:</source>
        <translation>Hochwasser&amp;modell:</translation>
    </message>
    <message>
        <source>Exercise time since the start (T+hh:mm) and the clock time in the exercise</source>
        <translation>Übungszeit seit Beginn (T+hh:mm) und die Uhrzeit in der Übung</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Run the exercise step by step on its own; press again to pause</source>
        <translation>Die Übung Schritt für Schritt selbst ablaufen lassen; erneut drücken zum Anhalten</translation>
    </message>
    <message>
        <source>+{m} min</source>
        <translation>+{m} min</translation>
    </message>
    <message>
        <source>Advance the exercise by {m} minutes</source>
        <translation>Die Übung um {m} Minuten vorstellen</translation>
    </message>
    <message>
        <source>Minutes since the start to jump to (forward only: the flood cannot run back)</source>
        <translation>Minuten seit Beginn, zu denen gesprungen wird (nur vorwärts: das Hochwasser kann nicht zurücklaufen)</translation>
    </message>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;Springen</translation>
    </message>
    <message>
        <source>Advance the exercise to the minute on the left</source>
        <translation>Die Übung zur Minute links vorstellen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Start the exercise again from minute 0 (the decision log is kept)</source>
        <translation>Die Übung von Minute 0 neu beginnen (das Entscheidungsprotokoll bleibt)</translation>
    </message>
    <message>
        <source>Jump &amp;to:</source>
        <translation>Springen &amp;zu:</translation>
    </message>
    <message>
        <source>Coverage now (people reached in time)</source>
        <translation>Versorgung jetzt (rechtzeitig erreichte Personen)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevölkerung</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Versorgt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Versorgt %</translation>
    </message>
    <message>
        <source>Per country and response mode, at the exercise&apos;s current time</source>
        <translation>Je Land und Einsatzmodus, zur aktuellen Übungszeit</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Einspielungen</translation>
    </message>
    <message>
        <source>Injects as they fall due; the newest are highlighted</source>
        <translation>Einspielungen, sobald sie fällig sind; die neuesten sind hervorgehoben</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Scripted decisions that have fallen due; apply one when the teams take it</source>
        <translation>Vorgesehene Entscheidungen, die fällig sind; eine anwenden, wenn die Teams sie treffen</translation>
    </message>
    <message>
        <source>Due (scripted):</source>
        <translation>Fällig (vorgesehen):</translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation>Entscheidung &amp;anwenden</translation>
    </message>
    <message>
        <source>Apply the selected scripted decision in the exercise now (undoable); the plan is unchanged</source>
        <translation>Die ausgewählte vorgesehene Entscheidung jetzt in der Übung anwenden (rückgängig machbar); der Plan bleibt unverändert</translation>
    </message>
    <message>
        <source>What was decided or observed</source>
        <translation>Was entschieden oder beobachtet wurde</translation>
    </message>
    <message>
        <source>The log entry&apos;s text; it gets the exercise&apos;s current time</source>
        <translation>Der Text des Protokolleintrags; er erhält die aktuelle Übungszeit</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>note: text only; send_resource: the resource may serve across the border (and moves to the map point); move_resource: to the map point; out_of_service: the resource stops responding</source>
        <translation>Notiz: nur Text; Einsatzmittel entsenden: das Einsatzmittel darf über die Grenze helfen (und fährt zum Kartenpunkt); Einsatzmittel verlegen: zum Kartenpunkt; außer Dienst: das Einsatzmittel rückt nicht mehr aus</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>The resource the decision concerns (by id)</source>
        <translation>Das Einsatzmittel, das die Entscheidung betrifft (nach Kennung)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Einsatz&amp;mittel:</translation>
    </message>
    <message>
        <source>no map point</source>
        <translation>kein Kartenpunkt</translation>
    </message>
    <message>
        <source>Pick a point on the map to tie the entry to a place</source>
        <translation>Einen Punkt in der Karte wählen, um den Eintrag mit einem Ort zu verbinden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the map point</source>
        <translation>Den Kartenpunkt vergessen</translation>
    </message>
    <message>
        <source>Map point:</source>
        <translation>Kartenpunkt:</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Ins &amp;Protokoll</translation>
    </message>
    <message>
        <source>Record the entry at the current time (one undoable edit)</source>
        <translation>Den Eintrag zur aktuellen Zeit festhalten (eine rückgängig machbare Bearbeitung)</translation>
    </message>
    <message>
        <source>The decision log, saved in the project (Undo takes an entry back)</source>
        <translation>Das Entscheidungsprotokoll, im Projekt gespeichert (Rückgängig nimmt einen Eintrag zurück)</translation>
    </message>
    <message>
        <source>Adopt into the &amp;plan</source>
        <translation>In den &amp;Plan übernehmen</translation>
    </message>
    <message>
        <source>Make the selected logged decision part of the plan: move or change the resource in its resources layer (one undoable edit). Until then decisions stay in the exercise.</source>
        <translation>Die ausgewählte protokollierte Entscheidung Teil des Plans machen: das Einsatzmittel in seiner Ebene verlegen oder ändern (eine rückgängig machbare Bearbeitung). Bis dahin bleiben Entscheidungen in der Übung.</translation>
    </message>
    <message>
        <source>Write after-action &amp;report…</source>
        <translation>Auswertungs&amp;bericht schreiben…</translation>
    </message>
    <message>
        <source>Replay the whole exercise with the logged decisions and write its report into a folder</source>
        <translation>Die ganze Übung mit den protokollierten Entscheidungen wiederholen und ihren Bericht in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>No scenario of this project has a tabletop exercise.</source>
        <translation>Kein Szenario dieses Projekts hat eine Planübung.</translation>
    </message>
    <message>
        <source>Preparing the exercise (flood model, road network)…</source>
        <translation>Die Übung wird vorbereitet (Hochwassermodell, Straßennetz)…</translation>
    </message>
    <message>
        <source>Ready: press Play or a step button.</source>
        <translation>Bereit: „Abspielen“ oder eine Schritt-Schaltfläche drücken.</translation>
    </message>
    <message>
        <source>The flood cannot run backwards: press Reset to start again.</source>
        <translation>Das Hochwasser kann nicht rückwärts laufen: „Zurücksetzen“ drücken, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Running the flood to {0}…</source>
        <translation>Das Hochwasser läuft bis {0}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Stopped; the exercise stays at the last step shown.</source>
        <translation>Angehalten; die Übung bleibt beim zuletzt gezeigten Schritt.</translation>
    </message>
    <message>
        <source>{0} shown</source>
        <translation>{0} gezeigt</translation>
    </message>
    <message>
        <source>End of the exercise: write the after-action report, or Reset.</source>
        <translation>Ende der Übung: den Auswertungsbericht schreiben oder zurücksetzen.</translation>
    </message>
    <message>
        <source>x {x:,.0f} m, y {y:,.0f} m</source>
        <translation>x {x:,.0f} m, y {y:,.0f} m</translation>
    </message>
    <message>
        <source>Logged at {0}: {text}{tail}</source>
        <translation>Protokolliert um {0}: {text}{tail}</translation>
    </message>
    <message>
        <source>{0}: now part of the plan (Undo takes it back).</source>
        <translation>{0}: jetzt Teil des Plans (Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Folder for the after-action report</source>
        <translation>Ordner für den Auswertungsbericht</translation>
    </message>
    <message>
        <source>Replaying the whole exercise for the after-action report…</source>
        <translation>Die ganze Übung wird für den Auswertungsbericht wiederholt…</translation>
    </message>
    <message>
        <source>After-action report written: {0}</source>
        <translation>Auswertungsbericht geschrieben: {0}</translation>
    </message>
</context>
<context>
    <name>VersionsDock</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Fassung speichern…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, inside the project</source>
        <translation>Den Plan, wie er jetzt ist, mit seinen Kennzahlen im Projekt behalten</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected version&apos;s plan back (Undo gives the current one back)</source>
        <translation>Den Plan der ausgewählten Fassung zurückholen (Rückgängig gibt den aktuellen zurück)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the current plan</source>
        <translation>Zwei ausgewählte Fassungen vergleichen oder eine mit dem aktuellen Plan</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write the public progress report (page, PDF, open data) into a folder</source>
        <translation>Den öffentlichen Fortschrittsbericht (Seite, PDF, offene Daten) in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the current plan).</source>
        <translation>Zwei Fassungen auswählen (oder eine, um sie mit dem aktuellen Plan zu vergleichen).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>per jurisdiction</source>
        <translation>je Gebietskörperschaft</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>je Land</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what} fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled; nothing changed</source>
        <translation>abgebrochen; nichts geändert</translation>
    </message>
    <message>
        <source>not saved: the plan changed while its indicators were computed</source>
        <translation>nicht gespeichert: der Plan hat sich geändert, während seine Kennzahlen berechnet wurden</translation>
    </message>
    <message>
        <source>version &apos;{0}&apos; saved</source>
        <translation>Fassung „{0}“ gespeichert</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>verglichen</translation>
    </message>
    <message>
        <source>From &apos;{0}&apos; ({1}) to {2} ({3})</source>
        <translation>Von „{0}“ ({1}) bis {2} ({3})</translation>
    </message>
    <message>
        <source>no change to the plan</source>
        <translation>keine Änderung am Plan</translation>
    </message>
    <message>
        <source>Export progress report into folder</source>
        <translation>Fortschrittsbericht in Ordner exportieren</translation>
    </message>
    <message>
        <source>report written: {0}</source>
        <translation>Bericht geschrieben: {0}</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>A defense needs at least two vertices; delete the defense instead.</source>
        <translation>Eine Schutzanlage braucht mindestens zwei Stützpunkte; stattdessen die Schutzanlage löschen.</translation>
    </message>
</context>
<context>
    <name>_ThreadErrors</name>
    <message>
        <source>working in the background</source>
        <translation>arbeitet im Hintergrund</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Flood depth</source>
        <extracomment>A layer with more visible polygons than this draws its sub-pixel features as an image. Features whose bounding box is smaller than this many logical pixels go into the LOD image. Search radius (logical pixels) for identify, selection and snapping. The run&apos;s outputs as map layers (Layers panel › Run outputs): visibility and opacity of each. The run&apos;s outputs the Layers panel lists as layers (key: label).</extracomment>
        <translation>Hochwassertiefe</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Versorgungslücken</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Einsatzbereiche</translation>
    </message>
    <message>
        <source>Roads closed by water</source>
        <translation>Vom Wasser gesperrte Straßen</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>no exposure figures</source>
        <translation>keine Zahlen zur Betroffenheit</translation>
    </message>
    <message>
        <source>people in flooded buildings</source>
        <translation>Personen in überfluteten Gebäuden</translation>
    </message>
    <message>
        <source>Exposed population by water depth</source>
        <translation>Betroffene Bevölkerung nach Wassertiefe</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>no response figures</source>
        <translation>keine Zahlen zum Einsatz</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>versorgt</translation>
    </message>
    <message>
        <source>not reached in time</source>
        <translation>nicht rechtzeitig erreicht</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Response coverage ({mode})</source>
        <translation>Einsatzversorgung ({mode})</translation>
    </message>
    <message>
        <source>no cooperation figures</source>
        <translation>keine Zahlen zur Kooperation</translation>
    </message>
    <message>
        <source>covered people</source>
        <translation>versorgte Personen</translation>
    </message>
    <message>
        <source>Cooperation gain (joint − national)</source>
        <translation>Kooperationsgewinn (gemeinsam − national)</translation>
    </message>
    <message>
        <source>no defenses appraised</source>
        <translation>keine Schutzanlagen bewertet</translation>
    </message>
    <message>
        <source>benefit (people protected)</source>
        <translation>Nutzen (geschützte Personen)</translation>
    </message>
    <message>
        <source>harm (people flooded by it)</source>
        <translation>Schaden (durch die Anlage überflutete Personen)</translation>
    </message>
    <message>
        <source>Each defense&apos;s benefit and harm</source>
        <translation>Nutzen und Schaden jeder Schutzanlage</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{c}: exposed population</source>
        <translation>{c}: betroffene Bevölkerung</translation>
    </message>
    <message>
        <source>{c}: covered population ({mode})</source>
        <translation>{c}: versorgte Bevölkerung ({mode})</translation>
    </message>
    <message>
        <source>{c}: gap population ({mode})</source>
        <translation>{c}: unversorgte Bevölkerung ({mode})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>DEM read</source>
        <translation>Höhenmodell gelesen</translation>
    </message>
    <message>
        <source>OpenStreetMap layers ready</source>
        <translation>OpenStreetMap-Ebenen bereit</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>access done</source>
        <translation>Erreichbarkeit fertig</translation>
    </message>
    <message>
        <source>arrival at critical facilities</source>
        <translation>Eintreffen an kritischen Einrichtungen</translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation>Atlas geschrieben</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>checking the surface</source>
        <translation>Oberfläche wird geprüft</translation>
    </message>
    <message>
        <source>choosing candidate sites</source>
        <translation>Standortkandidaten werden gewählt</translation>
    </message>
    <message>
        <source>contracting road chains</source>
        <translation>Straßenketten werden zusammengefasst</translation>
    </message>
    <message>
        <source>cooperation gain</source>
        <translation>Kooperationsgewinn</translation>
    </message>
    <message>
        <source>counting connected pieces</source>
        <translation>zusammenhängende Teile werden gezählt</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>Versorgung</translation>
    </message>
    <message>
        <source>coverage done</source>
        <translation>Versorgung fertig</translation>
    </message>
    <message>
        <source>coverage timeline done</source>
        <translation>Versorgungsverlauf fertig</translation>
    </message>
    <message>
        <source>cumulative volumes</source>
        <translation>kumulierte Volumen</translation>
    </message>
    <message>
        <source>cutting flooded roads</source>
        <translation>überflutete Straßen werden gesperrt</translation>
    </message>
    <message>
        <source>defenses appraised</source>
        <translation>Schutzanlagen bewertet</translation>
    </message>
    <message>
        <source>defenses, resources, profiles</source>
        <translation>Schutzanlagen, Einsatzmittel, Profile</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>elevation ready</source>
        <translation>Höhenmodell bereit</translation>
    </message>
    <message>
        <source>exercise done</source>
        <translation>Übung fertig</translation>
    </message>
    <message>
        <source>exercise ready</source>
        <translation>Übung bereit</translation>
    </message>
    <message>
        <source>finding countries and border crossings</source>
        <translation>Staaten und Grenzübergänge werden ermittelt</translation>
    </message>
    <message>
        <source>flood fill</source>
        <translation>Flutfüllung</translation>
    </message>
    <message>
        <source>flood model</source>
        <translation>Hochwassermodell</translation>
    </message>
    <message>
        <source>flood model ready</source>
        <translation>Hochwassermodell bereit</translation>
    </message>
    <message>
        <source>flood with and without</source>
        <translation>Hochwasser mit und ohne</translation>
    </message>
    <message>
        <source>flood with every defense</source>
        <translation>Hochwasser mit jeder Schutzanlage</translation>
    </message>
    <message>
        <source>gap polygons</source>
        <translation>Lückenflächen</translation>
    </message>
    <message>
        <source>joining road vertices</source>
        <translation>Straßenstützpunkte werden verbunden</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>Gebietskörperschaften</translation>
    </message>
    <message>
        <source>jurisdictions and roads by country</source>
        <translation>Gebietskörperschaften und Straßen je Staat</translation>
    </message>
    <message>
        <source>levels along the river</source>
        <translation>Wasserstände entlang des Flusses</translation>
    </message>
    <message>
        <source>map drawn</source>
        <translation>Karte gezeichnet</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>offene Daten</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>plate laid out</source>
        <translation>Kartenblatt angeordnet</translation>
    </message>
    <message>
        <source>plate layout</source>
        <translation>Layout des Kartenblatts</translation>
    </message>
    <message>
        <source>plate written</source>
        <translation>Kartenblatt geschrieben</translation>
    </message>
    <message>
        <source>preparing layers</source>
        <translation>Ebenen werden vorbereitet</translation>
    </message>
    <message>
        <source>profile flood model</source>
        <translation>Profil-Hochwassermodell</translation>
    </message>
    <message>
        <source>reading elevation sources</source>
        <translation>Höhenquellen werden gelesen</translation>
    </message>
    <message>
        <source>reading roads</source>
        <translation>Straßen werden gelesen</translation>
    </message>
    <message>
        <source>reading the DEM</source>
        <translation>Höhenmodell wird gelesen</translation>
    </message>
    <message>
        <source>reading the OpenStreetMap extract</source>
        <translation>OpenStreetMap-Auszug wird gelesen</translation>
    </message>
    <message>
        <source>relative terrain</source>
        <translation>relatives Gelände</translation>
    </message>
    <message>
        <source>report map</source>
        <translation>Berichtskarte</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>Berichtstabellen</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>Einsatzmittel</translation>
    </message>
    <message>
        <source>resources and buildings</source>
        <translation>Einsatzmittel und Gebäude</translation>
    </message>
    <message>
        <source>road network</source>
        <translation>Straßennetz</translation>
    </message>
    <message>
        <source>road network ready</source>
        <translation>Straßennetz bereit</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>Straßen</translation>
    </message>
    <message>
        <source>roads and rivers</source>
        <translation>Straßen und Flüsse</translation>
    </message>
    <message>
        <source>service areas</source>
        <translation>Einsatzbereiche</translation>
    </message>
    <message>
        <source>sites chosen</source>
        <translation>Standorte gewählt</translation>
    </message>
    <message>
        <source>solving the covering problem</source>
        <translation>Überdeckungsproblem wird gelöst</translation>
    </message>
    <message>
        <source>spill levels (priority-flood)</source>
        <translation>Überlaufhöhen (Priority-Flood)</translation>
    </message>
    <message>
        <source>surface from the nearest river cell</source>
        <translation>Oberfläche aus der nächsten Flusszelle</translation>
    </message>
    <message>
        <source>tables for checking</source>
        <translation>Tabellen zur Prüfung</translation>
    </message>
    <message>
        <source>terrain</source>
        <translation>Gelände</translation>
    </message>
    <message>
        <source>travel times from candidate sites</source>
        <translation>Fahrzeiten von Standortkandidaten</translation>
    </message>
    <message>
        <source>what the cross-border decisions changed</source>
        <translation>was die grenzüberschreitenden Entscheidungen verändert haben</translation>
    </message>
</context>
<context>
    <name>ensemble_tab</name>
    <message>
        <source>Probability of flooding, T = {return_period:g} years</source>
        <translation>Überflutungswahrscheinlichkeit, T = {return_period:g} Jahre</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>floodplan: unexpected error</source>
        <translation>floodplan: unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A report needs a scenario result; run the scenario first.</source>
        <translation>Ein Bericht braucht ein Szenarioergebnis; zuerst das Szenario berechnen.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Bericht geschrieben: {0}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>About floodplan</source>
        <translation>Über floodplan</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>drag with the middle button, or arrow keys</source>
        <translation>mit der mittleren Maustaste ziehen oder Pfeiltasten</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Am Cursor zoomen</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Hinein- / herauszoomen</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Auf ein Rechteck zoomen</translation>
    </message>
    <message>
        <source>Shift+drag with the Pan tool</source>
        <translation>Umschalt+Ziehen mit dem Werkzeug Verschieben</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>How to plan a joint defense</source>
        <translation>Wie man einen gemeinsamen Hochwasserschutz plant</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Response resources</source>
        <translation>Einsatzmittel</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Schutzanlagen</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>bestehend</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>breached in the scenario</source>
        <translation>im Szenario gebrochen</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Straßen</translation>
    </message>
    <message>
        <source>road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>river</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>national border</source>
        <translation>Staatsgrenze</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Planübung</translation>
    </message>
    <message>
        <source>resource moved in the exercise (not in the plan)</source>
        <translation>in der Übung verlegtes Einsatzmittel (nicht im Plan)</translation>
    </message>
    <message>
        <source>resource out of service in the exercise</source>
        <translation>Einsatzmittel in der Übung außer Dienst</translation>
    </message>
    <message>
        <source>Flood depth</source>
        <translation>Hochwassertiefe</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>road closed by water</source>
        <translation>vom Wasser gesperrte Straße</translation>
    </message>
    <message>
        <source>coverage gap (not reached in time)</source>
        <translation>Versorgungslücke (nicht rechtzeitig erreicht)</translation>
    </message>
    <message>
        <source>selected / changed building</source>
        <translation>ausgewähltes / geändertes Gebäude</translation>
    </message>
</context>
<context>
    <name>risk_tab</name>
    <message>
        <source>return period (years)</source>
        <translation>Wiederkehrintervall (Jahre)</translation>
    </message>
    <message>
        <source>damage (million EUR)</source>
        <translation>Schaden (Mio. EUR)</translation>
    </message>
    <message>
        <source>Risk curve per country</source>
        <translation>Risikokurve je Staat</translation>
    </message>
</context>
<context>
    <name>versions_dock</name>
    <message>
        <source>Covered population, national</source>
        <extracomment>(label, indicator, mode) offered by the trend chart.</extracomment>
        <translation>Versorgte Bevölkerung, national</translation>
    </message>
    <message>
        <source>Covered population, joint</source>
        <translation>Versorgte Bevölkerung, gemeinsam</translation>
    </message>
    <message>
        <source>Gap (uncovered), national</source>
        <translation>Lücke (unversorgt), national</translation>
    </message>
    <message>
        <source>Gap (uncovered), joint</source>
        <translation>Lücke (unversorgt), gemeinsam</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Kooperationsgewinn</translation>
    </message>
    <message>
        <source>Expected annual damage (EUR)</source>
        <translation>Erwarteter Jahresschaden (EUR)</translation>
    </message>
    <message>
        <source>Expected people affected per year</source>
        <translation>Erwartete jährlich Betroffene</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Short names of the indicators in the Compare table.</extracomment>
        <translation>Versorgt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>EAD (EUR/year)</source>
        <translation>EAD (EUR/Jahr)</translation>
    </message>
    <message>
        <source>EAP (people/year)</source>
        <translation>EAP (Personen/Jahr)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR pro Jahr</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>&amp;Fassung speichern…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, as a version inside the project</source>
        <translation>Den Plan, wie er jetzt ist, mit seinen Kennzahlen als Fassung im Projekt behalten</translation>
    </message>
    <message>
        <source>Export &amp;progress report…</source>
        <translation>&amp;Fortschrittsbericht exportieren…</translation>
    </message>
    <message>
        <source>A public page, PDF and open data of what the plan changed between two versions</source>
        <translation>Eine öffentliche Seite, ein PDF und offene Daten dazu, was der Plan zwischen zwei Fassungen verändert hat</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
</context>
</TS>
