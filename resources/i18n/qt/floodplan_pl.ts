<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AreaPage</name>
    <message>
        <source>Area and flood</source>
        <translation>Obszar i powódź</translation>
    </message>
    <message>
        <source>Limit the project to a box in degrees of longitude and latitude (WGS 84), or keep the whole of the elevation files. The starter scenarios put the water this far above the river bed.</source>
        <translation>Ogranicz projekt do prostokąta w stopniach długości i szerokości geograficznej (WGS 84) albo użyj całych plików wysokości. Scenariusze startowe ustawiają wodę tyle ponad dnem rzeki.</translation>
    </message>
    <message>
        <source>&amp;Limit to a box</source>
        <translation>&amp;Ogranicz do prostokąta</translation>
    </message>
    <message>
        <source>Crop the elevation and the OpenStreetMap layers to the box below</source>
        <translation>Przytnij model wysokości i warstwy OpenStreetMap do prostokąta poniżej</translation>
    </message>
    <message>
        <source>&amp;West:</source>
        <translation>&amp;Zachód:</translation>
    </message>
    <message>
        <source>Western edge (degrees of longitude, east positive)</source>
        <translation>Krawędź zachodnia (stopnie długości geograficznej, wschód dodatni)</translation>
    </message>
    <message>
        <source>&amp;South:</source>
        <translation>&amp;Południe:</translation>
    </message>
    <message>
        <source>Southern edge (degrees of latitude, north positive)</source>
        <translation>Krawędź południowa (stopnie szerokości geograficznej, północ dodatnia)</translation>
    </message>
    <message>
        <source>&amp;East:</source>
        <translation>&amp;Wschód:</translation>
    </message>
    <message>
        <source>Eastern edge (degrees of longitude)</source>
        <translation>Krawędź wschodnia (stopnie długości geograficznej)</translation>
    </message>
    <message>
        <source>&amp;North:</source>
        <translation>&amp;Północ:</translation>
    </message>
    <message>
        <source>Northern edge (degrees of latitude)</source>
        <translation>Krawędź północna (stopnie szerokości geograficznej)</translation>
    </message>
    <message>
        <source>From the &amp;DEM</source>
        <translation>Z &amp;modelu wysokości</translation>
    </message>
    <message>
        <source>Fill the box with the extent of the elevation files</source>
        <translation>Wypełnij prostokąt zasięgiem plików wysokości</translation>
    </message>
    <message>
        <source>Depth of the design flood above the river bed along every river (m)</source>
        <translation>Głębokość powodzi projektowej ponad dnem rzeki wzdłuż każdej rzeki (m)</translation>
    </message>
    <message>
        <source>Flood &amp;depth above the river bed:</source>
        <translation>&amp;Głębokość powodzi ponad dnem rzeki:</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <source>Attribute table</source>
        <translation>Tabela atrybutów</translation>
    </message>
    <message>
        <source>The layer whose features are listed</source>
        <translation>Warstwa, której obiekty są wyświetlane</translation>
    </message>
    <message>
        <source>Select rows to select the features on the map; double-click a cell to edit it</source>
        <translation>Zaznacz wiersze, aby zaznaczyć obiekty na mapie; kliknij dwukrotnie komórkę, aby ją edytować</translation>
    </message>
</context>
<context>
    <name>BreachTool</name>
    <message>
        <source>Click on a defense line to mark a breach.</source>
        <translation>Kliknij linię zabezpieczenia, aby oznaczyć przerwanie.</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Which run&apos;s results to show</source>
        <extracomment>Results of runs by scenario name (the latest run of each), for comparison.</extracomment>
        <translation>Wyniki którego obliczenia pokazać</translation>
    </message>
    <message>
        <source>No results yet: run a scenario.</source>
        <translation>Brak wyników: oblicz scenariusz.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Obliczenie:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Write the report of the shown run (HTML or PDF, tables as CSV and GeoPackage)</source>
        <translation>Zapisz raport pokazanego obliczenia (HTML lub PDF, tabele jako CSV i GeoPackage)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Narażeni</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Narażenie</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Budynki</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Objęci</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nieosiągnięci</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Objęci %</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Zysk ze współpracy</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Rodzaj sił</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Coverage by all kinds together, or by one kind as it moves in the flood</source>
        <translation>Pokrycie przez wszystkie rodzaje razem lub przez jeden rodzaj, tak jak porusza się w czasie powodzi</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reagowanie</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Benefit (people)</source>
        <translation>Korzyść (osoby)</translation>
    </message>
    <message>
        <source>Harm (people)</source>
        <translation>Szkoda (osoby)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Udział w kosztach %</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Udział w kosztach</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Show changes on map</source>
        <translation>Pokaż zmiany na mapie</translation>
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
        <translation>Wskaźnik</translation>
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
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>⚠ These results are {reason}.</source>
        <translation>⚠ Te wyniki są {reason}.</translation>
    </message>
    <message>
        <source>{0}: {1} ha flooded, {2} m³, deepest {3} m</source>
        <translation>{0}: {1} ha zalanych, {2} m³, największa głębokość {3} m</translation>
    </message>
    <message>
        <source>Gaps ({0}): {1} building(s) not reached in time, {2} people, in {3} jurisdiction(s)</source>
        <translation>Luki ({0}): {1} budynk(ów) nieosiągniętych na czas, {2} osób, w {3} jednostk(ach)</translation>
    </message>
    <message>
        <source>Run two scenarios to compare them.</source>
        <translation>Oblicz dwa scenariusze, aby je porównać.</translation>
    </message>
    <message>
        <source>no building changes state</source>
        <translation>żaden budynek nie zmienia stanu</translation>
    </message>
    <message>
        <source>Buildings ({0}): {text}</source>
        <translation>Budynki ({0}): {text}</translation>
    </message>
</context>
<context>
    <name>DrawDefenseTool</name>
    <message>
        <source>A defense needs at least two vertices; click at least twice.</source>
        <translation>Zabezpieczenie potrzebuje co najmniej dwóch wierzchołków; kliknij co najmniej dwa razy.</translation>
    </message>
</context>
<context>
    <name>ElevationPage</name>
    <message>
        <source>Elevation</source>
        <translation>Wysokość</translation>
    </message>
    <message>
        <source>Add the elevation tiles or files (SRTM .hgt or .hgt.zip, GeoTIFF, …). Overlapping files are mosaicked in this order; give a vertical offset (m) to bring a file to the others&apos; datum.</source>
        <translation>Dodaj kafle lub pliki wysokości (SRTM .hgt lub .hgt.zip, GeoTIFF, …). Nakładające się pliki są łączone w tej kolejności; przesunięcie pionowe (m) sprowadza plik do układu wysokości pozostałych.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Vertical offset (m)</source>
        <translation>Przesunięcie pionowe (m)</translation>
    </message>
    <message>
        <source>The elevation files in priority order; edit an offset by typing in its cell</source>
        <translation>Pliki wysokości według pierwszeństwa; wpisz przesunięcie w jego komórce</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>Choose one or more elevation files</source>
        <translation>Wybierz jeden lub więcej plików wysokości</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Remove the selected file from the list</source>
        <translation>Usuń zaznaczony plik z listy</translation>
    </message>
    <message>
        <source>Elevation files</source>
        <translation>Pliki wysokości</translation>
    </message>
</context>
<context>
    <name>EnsemblePane</name>
    <message>
        <source>Members: each draws which defenses fail in each event</source>
        <translation>Przebiegi: każdy losuje, które zabezpieczenia zawodzą w każdym zdarzeniu</translation>
    </message>
    <message>
        <source>The same seed gives the same result, on any number of workers</source>
        <translation>To samo ziarno daje ten sam wynik przy dowolnej liczbie procesów</translation>
    </message>
    <message>
        <source>Worker processes of the local Dask cluster</source>
        <translation>Procesy obliczeniowe lokalnego klastra Dask</translation>
    </message>
    <message>
        <source>local (or tcp://HOST:PORT)</source>
        <translation>lokalny (lub tcp://HOST:PORT)</translation>
    </message>
    <message>
        <source>Address of a running dask scheduler; empty: a local cluster</source>
        <translation>Adres działającego harmonogramu Dask; puste: lokalny klaster</translation>
    </message>
    <message>
        <source>Run ensemble</source>
        <translation>Oblicz zespół</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Zabezpieczenia:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Przebiegi:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Ziarno:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Procesy:</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Harmonogram:</translation>
    </message>
    <message>
        <source>Defenses with fragility_median_m and fragility_beta may fail; press Run.</source>
        <translation>Zabezpieczenia z fragility_median_m i fragility_beta mogą zawieść; naciśnij Oblicz.</translation>
    </message>
    <message>
        <source>Map of event:</source>
        <translation>Mapa zdarzenia:</translation>
    </message>
    <message>
        <source>T (years)</source>
        <translation>T (lata)</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>Load (m)</source>
        <translation>Obciążenie (m)</translation>
    </message>
    <message>
        <source>Fragility %</source>
        <translation>Podatność %</translation>
    </message>
    <message>
        <source>Failed in %</source>
        <translation>Zawiodło w %</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>EAD mean</source>
        <translation>EAD średnio</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>done: {0} members, {1} distinct flood states</source>
        <translation>gotowe: {0} przebiegów, {1} różnych stanów powodzi</translation>
    </message>
    <message>
        <source>{0}: {1} members (seed {2}) on {3} with {4} worker(s).{notes}</source>
        <translation>{0}: {1} przebiegów (ziarno {2}) na {3} z {4} proces(ami).{notes}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map plate</source>
        <translation>Eksportuj arkusz mapy</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>ISO paper size of the plate</source>
        <translation>Format papieru ISO arkusza</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientacja:</translation>
    </message>
    <message>
        <source>Landscape (wide) or portrait (tall) page</source>
        <translation>Strona pozioma (szeroka) lub pionowa (wysoka)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rozdzielczość:</translation>
    </message>
    <message>
        <source>Dots per inch of a PNG, and of the flood image in PDF/SVG (300 for print)</source>
        <translation>Punkty na cal w PNG i obrazu powodzi w PDF/SVG (300 do druku)</translation>
    </message>
    <message>
        <source>Flood map</source>
        <translation>Mapa powodziowa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Title of the plate; empty gives &apos;Flood map&apos; in the chosen languages</source>
        <translation>Tytuł arkusza; puste daje „Mapa powodziowa” w wybranych językach</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Podtytuł:</translation>
    </message>
    <message>
        <source>Line under the title (e.g. the scenario and the meeting)</source>
        <translation>Wiersz pod tytułem (np. scenariusz i spotkanie)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizacja:</translation>
    </message>
    <message>
        <source>Who made the plate (shown in the information block)</source>
        <translation>Kto wykonał arkusz (w bloku informacyjnym)</translation>
    </message>
    <message>
        <source>Main language of every text on the plate</source>
        <translation>Główny język wszystkich tekstów arkusza</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Second language shown beside the main one (e.g. the neighbour&apos;s)</source>
        <translation>Drugi język obok głównego (np. język sąsiada)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>The plate&apos;s texts in one or two languages side by side</source>
        <translation>Teksty arkusza w jednym lub dwóch językach obok siebie</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Dopasuj mapę</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Stała skala 1:</translation>
    </message>
    <message>
        <source>Fit the whole project (or atlas page) on the map, or print at an exact scale</source>
        <translation>Dopasuj cały projekt (lub stronę atlasu) do mapy albo drukuj w dokładnej skali</translation>
    </message>
    <message>
        <source>Scale denominator: 25,000 prints 1 cm on paper for 250 m on the ground</source>
        <translation>Mianownik skali: 25 000 drukuje 1 cm na papierze za 250 m w terenie</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Skala mapy</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>wspólny</translation>
    </message>
    <message>
        <source>national</source>
        <translation>krajowy</translation>
    </message>
    <message>
        <source>Response &amp;mode:</source>
        <translation>Tryb &amp;reagowania:</translation>
    </message>
    <message>
        <source>Which coverage gaps the map shows: joint (cross-border help) or national (each country alone)</source>
        <translation>Które luki w pokryciu pokazuje mapa: wspólny (pomoc transgraniczna) czy krajowy (każdy kraj sam)</translation>
    </message>
    <message>
        <source>Locator &amp;inset</source>
        <translation>Mapa &amp;lokalizacyjna</translation>
    </message>
    <message>
        <source>A small overview map showing where the plate lies</source>
        <translation>Mała mapa przeglądowa pokazująca, gdzie leży arkusz</translation>
    </message>
    <message>
        <source>Summary &amp;table</source>
        <translation>&amp;Tabela podsumowania</translation>
    </message>
    <message>
        <source>Per-country table of flooded and reached people (needs a scenario run)</source>
        <translation>Tabela według państw osób zalanych i osiągniętych (wymaga obliczenia scenariusza)</translation>
    </message>
    <message>
        <source>Service a&amp;reas</source>
        <translation>Obszary &amp;działania</translation>
    </message>
    <message>
        <source>Draw the areas each resource reaches within its target time</source>
        <translation>Rysuj obszary, do których każda siła dociera w swoim czasie docelowym</translation>
    </message>
    <message>
        <source>&amp;Atlas: one page per jurisdiction (PDF)</source>
        <translation>&amp;Atlas: jedna strona na jednostkę (PDF)</translation>
    </message>
    <message>
        <source>Write a multi-page PDF with one plate fitted to each jurisdiction</source>
        <translation>Zapisz wielostronicowy PDF z arkuszem dopasowanym do każdej jednostki</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Save &amp;layout</source>
        <translation>Zapisz &amp;układ</translation>
    </message>
    <message>
        <source>Keep these settings in the project (undoable) without exporting</source>
        <translation>Zachowaj te ustawienia w projekcie (z możliwością cofnięcia) bez eksportu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Choose a PDF, PNG or SVG file and write the plate in the background</source>
        <translation>Wybierz plik PDF, PNG lub SVG i zapisz arkusz w tle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close the dialog (a running export is cancelled)</source>
        <translation>Zamknij okno (trwający eksport zostanie przerwany)</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>Brak podglądu: {0}</translation>
    </message>
    <message>
        <source>Preview of the plate (low resolution); it follows every change</source>
        <translation>Podgląd arkusza (niska rozdzielczość); nadąża za każdą zmianą</translation>
    </message>
    <message>
        <source>{0} {1}, {w:g} × {h:g} mm{atlas}</source>
        <translation>{0} {1}, {w:g} × {h:g} mm{atlas}</translation>
    </message>
    <message>
        <source>Layout saved in the project.</source>
        <translation>Układ zapisany w projekcie.</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Eksportuj arkusz</translation>
    </message>
    <message>
        <source>Writing the {what} to {path}…</source>
        <translation>Zapisywanie: {what} do {path}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>Written: {0}{pages}</source>
        <translation>Zapisano: {0}{pages}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>Export cancelled; the file may be incomplete and should not be used.</source>
        <translation>Eksport przerwany; plik może być niekompletny i nie należy go używać.</translation>
    </message>
</context>
<context>
    <name>FloodKind</name>
    <message>
        <source>level</source>
        <translation>poziom wody</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>objętość</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamiczna</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Edit {col} of</source>
        <translation>Edytuj {col} obiektu</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Warstwy</translation>
    </message>
    <message>
        <source>Layers, top first. Tick to show; drag to change the drawing order; right-click for more.</source>
        <translation>Warstwy, od góry. Zaznacz, aby pokazać; przeciągnij, aby zmienić kolejność rysowania; prawy przycisk – więcej.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Krycie</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Krycie zaznaczonej warstwy</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Kolor…</translation>
    </message>
    <message>
        <source>Colour of the selected layer</source>
        <translation>Kolor zaznaczonej warstwy</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Add a layer from a file (or drop files on the window)</source>
        <translation>Dodaj warstwę z pliku (lub upuść pliki na okno)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the selected layer (undoable)</source>
        <translation>Usuń zaznaczoną warstwę (z możliwością cofnięcia)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Przybliż do</translation>
    </message>
    <message>
        <source>Zoom the map to the selected layer</source>
        <translation>Przybliż mapę do zaznaczonej warstwy</translation>
    </message>
    <message>
        <source>Run outputs</source>
        <translation>Wyniki obliczenia</translation>
    </message>
    <message>
        <source>The outputs of the shown run; tick to show on the map</source>
        <translation>Wyniki pokazanego obliczenia; zaznacz, aby pokazać na mapie</translation>
    </message>
    <message>
        <source>Opacity of the selected run output</source>
        <translation>Krycie zaznaczonego wyniku</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Przybliż do warstwy</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Otwórz tabelę atrybutów</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Zmień kolor…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Usuń warstwę</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>What the symbols and colours on the map mean</source>
        <translation>Co oznaczają symbole i kolory na mapie</translation>
    </message>
</context>
<context>
    <name>LogKind</name>
    <message>
        <source>note</source>
        <extracomment>Wall-clock time (ms) between two automatic steps while playing. Decision kinds the facilitator can log (a note changes nothing). The kinds of log entry as the Kind box shows them (for lupdate; the codes are the exercise&apos;s data).</extracomment>
        <translation>notatka</translation>
    </message>
    <message>
        <source>send_resource</source>
        <translation>wyślij siły</translation>
    </message>
    <message>
        <source>move_resource</source>
        <translation>przemieść siły</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>wyłączone z działania</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <extracomment>Start-up: the results, exercise and versions docks are built at the latest this long (ms) after the first docks, when the live flood is not shown before (no scenario, a dynamic flood).</extracomment>
        <translation>Historia</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;projekt otwarty&gt;</translation>
    </message>
    <message>
        <source>Every edit, oldest first; click a line to go back to it</source>
        <translation>Każda edycja, od najstarszej; kliknij wiersz, aby do niego wrócić</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>brak układu współrzędnych</translation>
    </message>
    <message>
        <source>Map: tabletop exercise (run results hidden)</source>
        <translation>Mapa: ćwiczenie sztabowe (wyniki obliczeń ukryte)</translation>
    </message>
    <message>
        <source>Exercise T+{0:02d}:{1:02d} — {2} road piece(s) closed</source>
        <translation>Ćwiczenie T+{0:02d}:{1:02d} — zamknięte odcinki dróg: {2}</translation>
    </message>
    <message>
        <source>Results out of date: {0}</source>
        <translation>Wyniki nieaktualne: {0}</translation>
    </message>
    <message>
        <source>Coverage updated for your last edit</source>
        <translation>Pokrycie zaktualizowane po ostatniej edycji</translation>
    </message>
    <message>
        <source>Results: {0} — updating coverage…</source>
        <translation>Wyniki: {0} — aktualizacja pokrycia…</translation>
    </message>
    <message>
        <source>Results: {0}{hidden}</source>
        <translation>Wyniki: {0}{hidden}</translation>
    </message>
    <message>
        <source>Results {reason}</source>
        <translation>Wyniki {reason}</translation>
    </message>
    <message>
        <source>{0}[*] — floodplan</source>
        <translation>{0}[*] — floodplan</translation>
    </message>
    <message>
        <source>doing &apos;{0}&apos;</source>
        <translation>podczas „{0}”</translation>
    </message>
    <message>
        <source>Nothing selected to delete.</source>
        <translation>Nic nie zaznaczono do usunięcia.</translation>
    </message>
    <message>
        <source>set its crest, type, owner and cost in the Properties panel.</source>
        <translation>ustaw rzędną korony, typ, właściciela i koszt w panelu Właściwości.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Otwarto {0}</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Zapisz projekt jako</translation>
    </message>
    <message>
        <source>{0} Overwrite it with this version?</source>
        <translation>{0} Zastąpić go tą wersją?</translation>
    </message>
    <message>
        <source>Not saved: {0} changed on disk</source>
        <translation>Nie zapisano: {0} zmienił się na dysku</translation>
    </message>
    <message>
        <source>saving {path}</source>
        <translation>podczas zapisywania {path}</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>Zapisano {target}</translation>
    </message>
    <message>
        <source>floodplan</source>
        <translation>floodplan</translation>
    </message>
    <message>
        <source>{0} has unsaved changes. Save them?</source>
        <translation>{0} ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Dodaj warstwy</translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation>Dodano {0}</translation>
    </message>
    <message>
        <source>{0} could not be read ({first}); the project is unchanged. Details are in {1}.</source>
        <translation>Nie można odczytać {0} ({first}); projekt nie został zmieniony. Szczegóły w {1}.</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy at {0}</source>
        <translation>Kopia odzyskiwania zapisana automatycznie o {0}</translation>
    </message>
    <message>
        <source>floodplan stopped unexpectedly last time; it had no unsaved changes to recover. What happened is in the log {log_file} (Help &gt; Show log folder).</source>
        <translation>floodplan zakończył się ostatnio nieoczekiwanie; nie było niezapisanych zmian do odzyskania. Co się stało, zapisano w dzienniku {log_file} (Pomoc &gt; Pokaż folder dziennika).</translation>
    </message>
    <message>
        <source>{how}; changes to {name} autosaved at {when} were kept. Recover them?</source>
        <translation>{how}; zmiany w {name} zapisane automatycznie o {when} zostały zachowane. Odzyskać je?</translation>
    </message>
    <message>
        <source>Cursor position in the project&apos;s working CRS (m)</source>
        <translation>Pozycja kursora w roboczym układzie współrzędnych projektu (m)</translation>
    </message>
    <message>
        <source>Cursor position in longitude and latitude (WGS 84)</source>
        <translation>Pozycja kursora w długości i szerokości geograficznej (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Skala mapy na tym ekranie</translation>
    </message>
    <message>
        <source>Which results the map and the Results panel show, and whether they are current</source>
        <translation>Które wyniki pokazują mapa i panel Wyniki oraz czy są aktualne</translation>
    </message>
    <message>
        <source>{x:,.1f} E  {y:,.1f} N</source>
        <translation>{x:,.1f} E  {y:,.1f} N</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nowy projekt</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Rozpocznij pusty projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open a floodplan project (.gpkg)</source>
        <translation>Otwórz projekt floodplan (.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Zapisz projekt</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Zapisz projekt pod inną nazwą</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>Dodaj &amp;warstwę…</translation>
    </message>
    <message>
        <source>Add layers from GIS files (or drop files on the window)</source>
        <translation>Dodaj warstwy z plików GIS (lub upuść pliki na okno)</translation>
    </message>
    <message>
        <source>New project from &amp;public data…</source>
        <translation>Nowy projekt z &amp;danych publicznych…</translation>
    </message>
    <message>
        <source>Build a project from elevation tiles and an OpenStreetMap extract</source>
        <translation>Utwórz projekt z kafli wysokości i wycinka OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Export map plate…</source>
        <translation>&amp;Eksportuj arkusz mapy…</translation>
    </message>
    <message>
        <source>A map plate for a joint meeting (PDF, PNG or SVG, A4–A0, two languages)</source>
        <translation>Arkusz mapy na wspólne spotkanie (PDF, PNG lub SVG, A4–A0, dwa języki)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Eksportuj &amp;raport…</translation>
    </message>
    <message>
        <source>The scenario report (HTML or PDF) with its tables as CSV and GeoPackage</source>
        <translation>Raport scenariusza (HTML lub PDF) z tabelami jako CSV i GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Close floodplan</source>
        <translation>Zamknij floodplan</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Us&amp;tawienia…</translation>
    </message>
    <message>
        <source>The interface language and the autosave interval</source>
        <translation>Język interfejsu i odstęp autozapisu</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Usuń zaznaczone</translation>
    </message>
    <message>
        <source>Delete the selected feature</source>
        <translation>Usuń zaznaczony obiekt</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Pokaż &amp;wszystko</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Pokaż wszystkie warstwy</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Przybliż do &amp;warstwy</translation>
    </message>
    <message>
        <source>Show the layer selected in the Layers panel</source>
        <translation>Pokaż warstwę zaznaczoną w panelu Warstwy</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Przy&amp;bliż</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Przybliż</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>O&amp;ddal</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddal</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>Otwórz &amp;tabelę atrybutów</translation>
    </message>
    <message>
        <source>List the selected layer&apos;s features</source>
        <translation>Wyświetl obiekty zaznaczonej warstwy</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>&amp;Oblicz scenariusz</translation>
    </message>
    <message>
        <source>Run the scenario shown in the Scenario panel (in the background; Cancel stops it)</source>
        <translation>Oblicz scenariusz pokazany w panelu Scenariusz (w tle; Anuluj go zatrzymuje)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Anuluj obliczenie</translation>
    </message>
    <message>
        <source>Stop the running scenario after its current step; nothing is changed</source>
        <translation>Zatrzymaj trwający scenariusz po bieżącym kroku; nic nie zostanie zmienione</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Pokaż folder &amp;dziennika</translation>
    </message>
    <message>
        <source>Open the folder of floodplan&apos;s log file (what to send with a bug report)</source>
        <translation>Otwórz folder pliku dziennika floodplan (do dołączenia do zgłoszenia błędu)</translation>
    </message>
    <message>
        <source>How to plan a joint &amp;defense</source>
        <translation>Jak zaplanować wspólne &amp;zabezpieczenie</translation>
    </message>
    <message>
        <source>A short step-by-step guide</source>
        <translation>Krótki przewodnik krok po kroku</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Wyświetl skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About floodplan</source>
        <translation>&amp;O programie floodplan</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Wersja i licencje</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Cofnij ostatnią edycję (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Redo the last undone edit (Ctrl+Shift+Z)</source>
        <translation>Ponów ostatnio cofniętą edycję (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ostatnio &amp;otwierane</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nele</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenariusz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Obliczenia</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>Kind of resource the Place resource tool puts on the map</source>
        <translation>Rodzaj sił, które narzędzie „Umieść siły” stawia na mapie</translation>
    </message>
    <message>
        <source>No scenario to run: add one in the Scenario panel.</source>
        <translation>Brak scenariusza do obliczenia: dodaj go w panelu Scenariusz.</translation>
    </message>
    <message>
        <source>A run is already going; Shift+F5 cancels it.</source>
        <translation>Obliczenie już trwa; Shift+F5 je anuluje.</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <source>Tool</source>
        <translation>Narzędzie</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Przesuń</translation>
    </message>
    <message>
        <source>Pan the map by dragging (Shift+drag zooms to a box; the wheel zooms at the cursor)</source>
        <translation>Przesuwaj mapę przeciągając (Shift+przeciągnięcie przybliża do prostokąta; kółko przybliża w miejscu kursora)</translation>
    </message>
    <message>
        <source>Zoom to box</source>
        <translation>Przybliż do prostokąta</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it; click to zoom in, right-click to zoom out</source>
        <translation>Przeciągnij prostokąt, aby do niego przybliżyć; kliknięcie przybliża, prawy przycisk oddala</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identyfikuj</translation>
    </message>
    <message>
        <source>Click a feature to see its attributes</source>
        <translation>Kliknij obiekt, aby zobaczyć jego atrybuty</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Zaznacz / przesuń</translation>
    </message>
    <message>
        <source>Click a feature to select it; drag a selected defense or resource to move it; Delete removes it</source>
        <translation>Kliknij obiekt, aby go zaznaczyć; przeciągnij zaznaczone zabezpieczenie lub siły, aby je przesunąć; Delete usuwa</translation>
    </message>
    <message>
        <source>Draw defense</source>
        <translation>Rysuj zabezpieczenie</translation>
    </message>
    <message>
        <source>Draw a levee, wall or mobile barrier: click its vertices (they snap to existing defenses), double-click or press Enter to finish, Esc to cancel</source>
        <translation>Rysuj wał, mur lub zaporę mobilną: klikaj wierzchołki (przyciągają się do istniejących zabezpieczeń), dwuklik lub Enter kończy, Esc anuluje</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>Edytuj wierzchołki</translation>
    </message>
    <message>
        <source>Reshape the selected defense: drag a vertex, double-click a segment to add one, right-click a vertex to remove it</source>
        <translation>Zmień kształt zaznaczonego zabezpieczenia: przeciągnij wierzchołek, dwuklik na odcinku dodaje wierzchołek, prawy przycisk na wierzchołku go usuwa</translation>
    </message>
    <message>
        <source>Place resource</source>
        <translation>Umieść siły</translation>
    </message>
    <message>
        <source>Click to place a resource (fire, ambulance, rescue, pump, shelter, hospital) of the chosen kind</source>
        <translation>Kliknij, aby umieścić siły (straż pożarna, karetka, ratownictwo, pompa, schronienie, szpital) wybranego rodzaju</translation>
    </message>
    <message>
        <source>Mark breach</source>
        <translation>Oznacz przerwanie</translation>
    </message>
    <message>
        <source>Click a defense to mark it breached (failing) in the active scenario; click again to undo the mark</source>
        <translation>Kliknij zabezpieczenie, aby oznaczyć je jako przerwane (zawodzące) w aktywnym scenariuszu; ponowne kliknięcie cofa oznaczenie</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project from public data</source>
        <translation>Nowy projekt z danych publicznych</translation>
    </message>
    <message>
        <source>Build and save the project</source>
        <translation>Utwórz i zapisz projekt</translation>
    </message>
    <message>
        <source>Stop building (nothing is written) or close the wizard</source>
        <translation>Przerwij tworzenie (nic nie zostanie zapisane) lub zamknij kreator</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>przerwano; nic nie zapisano</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>landscape</source>
        <extracomment>Dots per inch of the preview: enough to read the layout, cheap enough to redraw in ~0.3 s. Quiet time (ms) after the last change before the preview is redrawn. The page orientations as the Orientation box shows them (for lupdate; the codes are the layout&apos;s data).</extracomment>
        <translation>pozioma</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>pionowa</translation>
    </message>
</context>
<context>
    <name>OsmPage</name>
    <message>
        <source>OpenStreetMap (optional)</source>
        <translation>OpenStreetMap (opcjonalnie)</translation>
    </message>
    <message>
        <source>An OpenStreetMap extract (.osm.pbf) gives the buildings, roads, rivers, borders and stations. Leave it empty for a project with the elevation only.</source>
        <translation>Wycinek OpenStreetMap (.osm.pbf) daje budynki, drogi, rzeki, granice i jednostki. Zostaw puste dla projektu tylko z modelem wysokości.</translation>
    </message>
    <message>
        <source>e.g. andorra.osm.pbf (optional)</source>
        <translation>np. andorra.osm.pbf (opcjonalnie)</translation>
    </message>
    <message>
        <source>Path of the OpenStreetMap extract</source>
        <translation>Ścieżka wycinka OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose the OpenStreetMap extract</source>
        <translation>Wybierz wycinek OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Extract:</source>
        <translation>&amp;Wycinek:</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Wycinek OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs whose thread is still running; holding them here keeps Python from deleting a running QThread when the caller drops its reference (which would abort the process). Seconds between two progress signals at most (20 Hz): the GUI never needs more, and every queued signal costs the GUI thread an event; the engine may report as often as it likes. Emitted in the GUI thread after everything else of the job (its on_finished callback included): what tests and scripts wait on, instead of polling for a state with a timeout. Steps of the bar (the fraction is shown to 0.1 %).</extracomment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop the run after its current step; nothing is changed</source>
        <translation>Zatrzymaj obliczenie po bieżącym kroku; nic nie zostanie zmienione</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>uruchamianie…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>anulowanie…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Właściwości</translation>
    </message>
    <message>
        <source>Nothing selected. Use Identify or Select on the map.</source>
        <translation>Nic nie zaznaczono. Użyj Identyfikuj lub Zaznacz na mapie.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atrybut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>All attributes of the selected feature</source>
        <translation>Wszystkie atrybuty zaznaczonego obiektu</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>The defense&apos;s id (scenarios name breaches by it)</source>
        <translation>Identyfikator zabezpieczenia (scenariusze nazywają nim przerwania)</translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation>Rzędna korony (m)</translation>
    </message>
    <message>
        <source>Height above ground (m)</source>
        <translation>Wysokość nad terenem (m)</translation>
    </message>
    <message>
        <source>Give the crest as an elevation (same datum as the DEM) or as a height above the ground</source>
        <translation>Podaj koronę jako rzędną (w układzie wysokości modelu) lub jako wysokość nad terenem</translation>
    </message>
    <message>
        <source>levee (earth bank), wall (flood wall) or mobile (demountable barrier)</source>
        <translation>levee (wał ziemny), wall (mur przeciwpowodziowy) lub mobile (zapora mobilna)</translation>
    </message>
    <message>
        <source>existing: built; planned: built only in scenarios that include planned defenses</source>
        <translation>existing: istniejące; planned: budowane tylko w scenariuszach z planowanymi zabezpieczeniami</translation>
    </message>
    <message>
        <source>The jurisdiction that owns (and pays for) the defense</source>
        <translation>Jednostka, do której należy zabezpieczenie (i która za nie płaci)</translation>
    </message>
    <message>
        <source>Cost in currency units (split between jurisdictions by benefit in the appraisal)</source>
        <translation>Koszt w jednostkach waluty (dzielony między jednostki według korzyści w ocenie)</translation>
    </message>
    <message>
        <source>Breached in the active scenario</source>
        <translation>Przerwane w aktywnym scenariuszu</translation>
    </message>
    <message>
        <source>A breached defense is left out of the terrain in the active scenario</source>
        <translation>Przerwane zabezpieczenie jest pomijane w terenie aktywnego scenariusza</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Crest given as</source>
        <translation>Korona podana jako</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Siły</translation>
    </message>
    <message>
        <source>People it can take (shelters, hospitals)</source>
        <translation>Liczba osób, które może przyjąć (schronienia, szpitale)</translation>
    </message>
    <message>
        <source>Serves across the border</source>
        <translation>Działa ponad granicą</translation>
    </message>
    <message>
        <source>Joint mode: cross-border resources serve and travel in both countries</source>
        <translation>Tryb wspólny: siły transgraniczne pomagają i jeżdżą w obu krajach</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>W służbie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Pojemność</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Apply the changes (one undoable edit)</source>
        <translation>Zastosuj zmiany (jedna edycja do cofnięcia)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Przybliż do</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt; — feature {fid} ({0})</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; — obiekt {fid} ({0})</translation>
    </message>
    <message>
        <source>Breached in scenario &apos;{0}&apos;</source>
        <translation>Przerwane w scenariuszu „{0}”</translation>
    </message>
    <message>
        <source>Breached (add a scenario first)</source>
        <translation>Przerwane (najpierw dodaj scenariusz)</translation>
    </message>
    <message>
        <source>Converted with the mean ground under the line, {ground:.2f} m; Apply to keep it</source>
        <translation>Przeliczono ze średnią rzędną terenu pod linią, {ground:.2f} m; Zastosuj, aby zachować</translation>
    </message>
    <message>
        <source>No DEM under the line: check the value before you Apply</source>
        <translation>Brak modelu wysokości pod linią: sprawdź wartość przed Zastosuj</translation>
    </message>
    <message>
        <source>Edit {what} {0}</source>
        <translation>Edytuj {what} {0}</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Compute risk</source>
        <translation>Oblicz ryzyko</translation>
    </message>
    <message>
        <source>Damage over the project&apos;s hq&lt;N&gt; floods, EAD per jurisdiction, and each defense&apos;s Shapley benefit, BCR and cost shares</source>
        <translation>Szkody dla powodzi hq&lt;N&gt; projektu, EAD na jednostkę oraz korzyść Shapleya, BCR i udziały w kosztach każdego zabezpieczenia</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Zabezpieczenia:</translation>
    </message>
    <message>
        <source>Press Compute risk.</source>
        <translation>Naciśnij Oblicz ryzyko.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>EAD (EUR/yr)</source>
        <translation>EAD (EUR/rok)</translation>
    </message>
    <message>
        <source>EAP (people/yr)</source>
        <translation>EAP (osoby/rok)</translation>
    </message>
    <message>
        <source>EAD without</source>
        <translation>EAD bez</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <source>Benefit (EUR/yr)</source>
        <translation>Korzyść (EUR/rok)</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>BCR</translation>
    </message>
    <message>
        <source>NPV (EUR)</source>
        <translation>NPV (EUR)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Avoided (EUR/yr)</source>
        <translation>Uniknięte (EUR/rok)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Udział w kosztach %</translation>
    </message>
    <message>
        <source>Harm (EUR/yr)</source>
        <translation>Szkoda (EUR/rok)</translation>
    </message>
    <message>
        <source>done: {0} floods, Shapley values {1}</source>
        <translation>gotowe: {0} powodzi, wartości Shapleya {1}</translation>
    </message>
    <message>
        <source>{0}: EAD {1:,.0f} EUR/year, EAP {2:.1f} people/year; the defenses avoid {3:,.0f} EUR/year (curves: JRC Europe, 2010 EUR).{notes}</source>
        <translation>{0}: EAD {1:,.0f} EUR/rok, EAP {2:.1f} osób/rok; zabezpieczenia pozwalają uniknąć {3:,.0f} EUR/rok (krzywe: JRC Europa, EUR z 2010).{notes}</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Where to save the new project. Finish builds it (this can take a minute).</source>
        <translation>Gdzie zapisać nowy projekt. Zakończ go tworzy (może to potrwać minutę).</translation>
    </message>
    <message>
        <source>e.g. valley.gpkg</source>
        <translation>np. dolina.gpkg</translation>
    </message>
    <message>
        <source>The new project file (a GeoPackage, .gpkg)</source>
        <translation>Nowy plik projektu (GeoPackage, .gpkg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Choose where to save the project</source>
        <translation>Wybierz, gdzie zapisać projekt</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>&amp;Plik projektu:</translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation>Zapisz nowy projekt</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Zapisz wersję</translation>
    </message>
    <message>
        <source>what was decided, at which meeting</source>
        <translation>co postanowiono, na którym spotkaniu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenario</source>
        <extracomment>Layer roles whose edits change the flood the preview shows (defenses are burned into the DEM; profile points set a profile flood&apos;s surface). Flood kinds with a live slider.</extracomment>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>The scenario to edit and run</source>
        <extracomment>called with the scenario&apos;s name when the user shows another scenario</extracomment>
        <translation>Scenariusz do edycji i obliczenia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Powódź</translation>
    </message>
    <message>
        <source>level: a flat water level; profile: levels along the river; volume: the water held</source>
        <translation>poziom wody: płaskie zwierciadło wody; profil: poziomy wzdłuż rzeki; objętość: ilość zatrzymanej wody</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Poziom wody</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Objętość</translation>
    </message>
    <message>
        <source>Profile layer</source>
        <translation>Warstwa profilu</translation>
    </message>
    <message>
        <source>Profile flood</source>
        <translation>Powódź profilu</translation>
    </message>
    <message>
        <source>Drag to preview the flood at another level, volume or profile offset; the scenario is not changed unless you keep the preview</source>
        <translation>Przeciągnij, aby podejrzeć powódź przy innym poziomie, objętości lub przesunięciu profilu; scenariusz zmienia się tylko, jeśli zachowasz podgląd</translation>
    </message>
    <message>
        <source>Live flood</source>
        <translation>Powódź na żywo</translation>
    </message>
    <message>
        <source>Keep in this scenario</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Make the previewed flood this scenario&apos;s flood (one undoable edit)</source>
        <translation>Uczyń podglądaną powódź powodzią tego scenariusza (jedna edycja do cofnięcia)</translation>
    </message>
    <message>
        <source>Save as new scenario…</source>
        <translation>Jako nowy scenariusz…</translation>
    </message>
    <message>
        <source>A copy of this scenario with the previewed flood (undoable)</source>
        <translation>Kopia tego scenariusza z podglądaną powodzią (z możliwością cofnięcia)</translation>
    </message>
    <message>
        <source>Back to the scenario</source>
        <translation>Wróć do scenariusza</translation>
    </message>
    <message>
        <source>Show this scenario&apos;s own flood again</source>
        <translation>Pokaż ponownie własną powódź tego scenariusza</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reagowanie</translation>
    </message>
    <message>
        <source>joint: cross-border resources serve both sides; national: each country alone</source>
        <translation>wspólny: siły transgraniczne pomagają obu stronom; krajowy: każdy kraj sam</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Roads under deeper water than this are impassable for response vehicles (kinds without their own limit below, resources without max_wading_m)</source>
        <translation>Drogi pod głębszą wodą są nieprzejezdne dla pojazdów ratowniczych (rodzaje bez własnego limitu poniżej, siły bez max_wading_m)</translation>
    </message>
    <message>
        <source>Wading limit</source>
        <translation>Limit brodzenia</translation>
    </message>
    <message>
        <source>Wading limit per kind</source>
        <translation>Limit brodzenia według rodzaju</translation>
    </message>
    <message>
        <source>Water a boat needs: boats move only through cells at least this deep</source>
        <translation>Woda potrzebna łodzi: łodzie pływają tylko przez komórki co najmniej tak głębokie</translation>
    </message>
    <message>
        <source>Boat draft</source>
        <translation>Zanurzenie łodzi</translation>
    </message>
    <message>
        <source>Resources and buildings farther than this from the nearest road are unreachable (a project setting, for every scenario)</source>
        <translation>Siły i budynki dalej od najbliższej drogi są nieosiągalne (ustawienie projektu, dla każdego scenariusza)</translation>
    </message>
    <message>
        <source>Max distance to a road</source>
        <translation>Maks. odległość od drogi</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Czasy docelowe (minuty)</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>Include planned defenses</source>
        <translation>Uwzględnij planowane zabezpieczenia</translation>
    </message>
    <message>
        <source>Unticked defenses are breached (left out of the terrain)</source>
        <translation>Niezaznaczone zabezpieczenia są przerwane (pominięte w terenie)</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Oblicz scenariusz</translation>
    </message>
    <message>
        <source>The project has no scenario: press New to add one.</source>
        <translation>Projekt nie ma scenariusza: naciśnij Nowy, aby go dodać.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>other kinds</source>
        <translation>inne rodzaje</translation>
    </message>
    <message>
        <source>Water a {kind} vehicle drives through (a boat: its trailer); a resource&apos;s max_wading_m overrides it</source>
        <translation>Woda, przez którą przejeżdża pojazd rodzaju {kind} (łódź: jej przyczepa); max_wading_m danych sił ma pierwszeństwo</translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (planowane)</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Nazwa scenariusza:</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nowy scenariusz</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Powiel scenariusz</translation>
    </message>
    <message>
        <source>preparing the live flood…</source>
        <translation>przygotowanie powodzi na żywo…</translation>
    </message>
    <message>
        <source>Live flood unavailable: {0}</source>
        <translation>Powódź na żywo niedostępna: {0}</translation>
    </message>
    <message>
        <source>Save previewed flood as a scenario</source>
        <translation>Zapisz podglądaną powódź jako scenariusz</translation>
    </message>
    <message>
        <source>A {0} flood shows on the map after Run.</source>
        <translation>Powódź rodzaju {0} pojawi się na mapie po obliczeniu.</translation>
    </message>
    <message>
        <source>{label}: {0:,.1f} ha flooded, deepest {1:.2f} m{note}</source>
        <translation>{label}: {0:,.1f} ha zalanych, największa głębokość {1:.2f} m{note}</translation>
    </message>
    <message>
        <source>Running {0}…</source>
        <translation>Obliczanie {0}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Przerwano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>Gaps ({mode}, {0}): {1} building(s), {2:,.0f} people not reached in time</source>
        <translation>Luki ({mode}, {0}): {1} budynk(ów), {2:,.0f} osób nieosiągniętych na czas</translation>
    </message>
</context>
<context>
    <name>SchemePane</name>
    <message>
        <source>Whose defenses make the scheme (the scenario&apos;s flood is not used)</source>
        <extracomment>Events as ``T=FLOOD,…`` (None: the project&apos;s hq&lt;N&gt; profile floods).</extracomment>
        <translation>Czyje zabezpieczenia tworzą wariant (powódź scenariusza nie jest używana)</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>przerwano; nic nie zostało zmienione</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; &apos;floodplan --lang CODE&apos; overrides it</source>
        <translation>Język menu, paneli i komunikatów; „floodplan --lang KOD” ma pierwszeństwo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between recovery copies of a project with unsaved changes</source>
        <translation>Minuty między kopiami odzyskiwania projektu z niezapisanymi zmianami</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Autozapis co</translation>
    </message>
    <message>
        <source>A new language applies when floodplan starts next.</source>
        <translation>Nowy język obowiązuje od następnego uruchomienia floodplan.</translation>
    </message>
</context>
<context>
    <name>TabletopDock</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>Ćwiczenie sztabowe</translation>
    </message>
    <message>
        <source>The scenario whose tabletop exercise to run</source>
        <extracomment>True once the facilitator started, stepped or reset the exercise: only then is it on the map</extracomment>
        <translation>Scenariusz, którego ćwiczenie sztabowe ma być przeprowadzone</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>Ć&amp;wiczenie:</translation>
    </message>
    <message>
        <source>Local inertial (LISFLOOD-FP)</source>
        <translation>Lokalnie inercyjny (LISFLOOD-FP)</translation>
    </message>
    <message>
        <source>Full momentum (with advection)</source>
        <translation>Pełne równanie pędu (z adwekcją)</translation>
    </message>
    <message>
        <source>The flood model&apos;s momentum equation. Local inertial is the standard for floodplains; full momentum keeps the convective term and brings fast, shallow fronts over smooth ground in on time (about twice the computing time). Changing it restarts the exercise (undoable).</source>
        <translation>Równanie pędu modelu powodzi. Lokalnie inercyjny to standard dla terenów zalewowych; pełne równanie zachowuje człon konwekcyjny i doprowadza szybkie, płytkie czoła fali nad gładkim terenem na czas (około dwa razy dłuższe obliczenia). Zmiana uruchamia ćwiczenie od nowa (z możliwością cofnięcia).</translation>
    </message>
    <message>
        <source>Flood &amp;model:</source>
        <translation>&amp;Model powodzi:</translation>
    </message>
    <message>
        <source>Exercise time since the start (T+hh:mm) and the clock time in the exercise</source>
        <translation>Czas ćwiczenia od początku (T+hh:mm) i godzina w ćwiczeniu</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Odtwarzaj</translation>
    </message>
    <message>
        <source>Run the exercise step by step on its own; press again to pause</source>
        <translation>Prowadź ćwiczenie samoczynnie krok po kroku; naciśnij ponownie, aby wstrzymać</translation>
    </message>
    <message>
        <source>+{m} min</source>
        <translation>+{m} min</translation>
    </message>
    <message>
        <source>Advance the exercise by {m} minutes</source>
        <translation>Przesuń ćwiczenie o {m} minut</translation>
    </message>
    <message>
        <source>Minutes since the start to jump to (forward only: the flood cannot run back)</source>
        <translation>Minuty od początku, do których przeskoczyć (tylko do przodu: powódź nie cofa się)</translation>
    </message>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;Przeskocz</translation>
    </message>
    <message>
        <source>Advance the exercise to the minute on the left</source>
        <translation>Przesuń ćwiczenie do minuty po lewej</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Od nowa</translation>
    </message>
    <message>
        <source>Start the exercise again from minute 0 (the decision log is kept)</source>
        <translation>Rozpocznij ćwiczenie od minuty 0 (dziennik decyzji zostaje)</translation>
    </message>
    <message>
        <source>Jump &amp;to:</source>
        <translation>Przeskocz &amp;do:</translation>
    </message>
    <message>
        <source>Coverage now (people reached in time)</source>
        <translation>Pokrycie teraz (osoby osiągnięte na czas)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Objęci</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nieosiągnięci</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Objęci %</translation>
    </message>
    <message>
        <source>Per country and response mode, at the exercise&apos;s current time</source>
        <translation>Według kraju i trybu reagowania, w bieżącym czasie ćwiczenia</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Wprowadzenia</translation>
    </message>
    <message>
        <source>Injects as they fall due; the newest are highlighted</source>
        <translation>Wprowadzenia w chwili, gdy przypadają; najnowsze są wyróżnione</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>Scripted decisions that have fallen due; apply one when the teams take it</source>
        <translation>Zaplanowane decyzje, których czas nadszedł; zastosuj jedną, gdy zespoły ją podejmą</translation>
    </message>
    <message>
        <source>Due (scripted):</source>
        <translation>Do podjęcia (scenariusz):</translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation>&amp;Zastosuj decyzję</translation>
    </message>
    <message>
        <source>Apply the selected scripted decision in the exercise now (undoable); the plan is unchanged</source>
        <translation>Zastosuj teraz zaznaczoną zaplanowaną decyzję w ćwiczeniu (z możliwością cofnięcia); plan się nie zmienia</translation>
    </message>
    <message>
        <source>What was decided or observed</source>
        <translation>Co postanowiono lub zaobserwowano</translation>
    </message>
    <message>
        <source>The log entry&apos;s text; it gets the exercise&apos;s current time</source>
        <translation>Tekst wpisu dziennika; otrzymuje bieżący czas ćwiczenia</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>note: text only; send_resource: the resource may serve across the border (and moves to the map point); move_resource: to the map point; out_of_service: the resource stops responding</source>
        <translation>notatka: tylko tekst; wyślij siły: siły mogą działać ponad granicą (i jadą do punktu na mapie); przemieść siły: do punktu na mapie; wyłączone z działania: siły przestają reagować</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>The resource the decision concerns (by id)</source>
        <translation>Siły, których dotyczy decyzja (według identyfikatora)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>&amp;Siły:</translation>
    </message>
    <message>
        <source>no map point</source>
        <translation>brak punktu na mapie</translation>
    </message>
    <message>
        <source>Pick a point on the map to tie the entry to a place</source>
        <translation>Wybierz punkt na mapie, aby powiązać wpis z miejscem</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Forget the map point</source>
        <translation>Zapomnij punkt na mapie</translation>
    </message>
    <message>
        <source>Map point:</source>
        <translation>Punkt na mapie:</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Dodaj do &amp;dziennika</translation>
    </message>
    <message>
        <source>Record the entry at the current time (one undoable edit)</source>
        <translation>Zapisz wpis w bieżącym czasie (jedna edycja do cofnięcia)</translation>
    </message>
    <message>
        <source>The decision log, saved in the project (Undo takes an entry back)</source>
        <translation>Dziennik decyzji zapisany w projekcie (Cofnij wycofuje wpis)</translation>
    </message>
    <message>
        <source>Adopt into the &amp;plan</source>
        <translation>Przyjmij do &amp;planu</translation>
    </message>
    <message>
        <source>Make the selected logged decision part of the plan: move or change the resource in its resources layer (one undoable edit). Until then decisions stay in the exercise.</source>
        <translation>Uczyń zaznaczoną zapisaną decyzję częścią planu: przemieść lub zmień siły w ich warstwie (jedna edycja do cofnięcia). Do tego czasu decyzje pozostają w ćwiczeniu.</translation>
    </message>
    <message>
        <source>Write after-action &amp;report…</source>
        <translation>Zapisz &amp;raport po ćwiczeniu…</translation>
    </message>
    <message>
        <source>Replay the whole exercise with the logged decisions and write its report into a folder</source>
        <translation>Odtwórz całe ćwiczenie z zapisanymi decyzjami i zapisz jego raport w folderze</translation>
    </message>
    <message>
        <source>No scenario of this project has a tabletop exercise.</source>
        <translation>Żaden scenariusz tego projektu nie ma ćwiczenia sztabowego.</translation>
    </message>
    <message>
        <source>Preparing the exercise (flood model, road network)…</source>
        <translation>Przygotowanie ćwiczenia (model powodzi, sieć dróg)…</translation>
    </message>
    <message>
        <source>Ready: press Play or a step button.</source>
        <translation>Gotowe: naciśnij Odtwarzaj lub przycisk kroku.</translation>
    </message>
    <message>
        <source>The flood cannot run backwards: press Reset to start again.</source>
        <translation>Powódź nie może cofać się w czasie: naciśnij Od nowa, aby zacząć ponownie.</translation>
    </message>
    <message>
        <source>Running the flood to {0}…</source>
        <translation>Symulacja powodzi do {0}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>Stopped; the exercise stays at the last step shown.</source>
        <translation>Zatrzymano; ćwiczenie pozostaje na ostatnim pokazanym kroku.</translation>
    </message>
    <message>
        <source>{0} shown</source>
        <translation>Pokazano {0}</translation>
    </message>
    <message>
        <source>End of the exercise: write the after-action report, or Reset.</source>
        <translation>Koniec ćwiczenia: zapisz raport po ćwiczeniu lub zacznij od nowa.</translation>
    </message>
    <message>
        <source>x {x:,.0f} m, y {y:,.0f} m</source>
        <translation>x {x:,.0f} m, y {y:,.0f} m</translation>
    </message>
    <message>
        <source>Logged at {0}: {text}{tail}</source>
        <translation>Zapisano o {0}: {text}{tail}</translation>
    </message>
    <message>
        <source>{0}: now part of the plan (Undo takes it back).</source>
        <translation>{0}: teraz część planu (Cofnij wycofuje).</translation>
    </message>
    <message>
        <source>Folder for the after-action report</source>
        <translation>Folder raportu po ćwiczeniu</translation>
    </message>
    <message>
        <source>Replaying the whole exercise for the after-action report…</source>
        <translation>Odtwarzanie całego ćwiczenia do raportu po ćwiczeniu…</translation>
    </message>
    <message>
        <source>After-action report written: {0}</source>
        <translation>Zapisano raport po ćwiczeniu: {0}</translation>
    </message>
</context>
<context>
    <name>VersionsDock</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Zapisz wersję…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, inside the project</source>
        <translation>Zachowaj plan w obecnym stanie, z jego wskaźnikami, w projekcie</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Put the selected version&apos;s plan back (Undo gives the current one back)</source>
        <translation>Przywróć plan zaznaczonej wersji (Cofnij przywraca bieżący)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the current plan</source>
        <translation>Porównaj dwie zaznaczone wersje lub jedną z bieżącym planem</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Write the public progress report (page, PDF, open data) into a folder</source>
        <translation>Zapisz publiczny raport postępu (strona, PDF, otwarte dane) w folderze</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the current plan).</source>
        <translation>Zaznacz dwie wersje (lub jedną, aby porównać ją z bieżącym planem).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>per jurisdiction</source>
        <translation>według jednostek</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>według krajów</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what}: niepowodzenie</translation>
    </message>
    <message>
        <source>cancelled; nothing changed</source>
        <translation>przerwano; nic nie zmieniono</translation>
    </message>
    <message>
        <source>not saved: the plan changed while its indicators were computed</source>
        <translation>nie zapisano: plan zmienił się podczas obliczania wskaźników</translation>
    </message>
    <message>
        <source>version &apos;{0}&apos; saved</source>
        <translation>zapisano wersję „{0}”</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>porównano</translation>
    </message>
    <message>
        <source>From &apos;{0}&apos; ({1}) to {2} ({3})</source>
        <translation>Od „{0}” ({1}) do {2} ({3})</translation>
    </message>
    <message>
        <source>no change to the plan</source>
        <translation>bez zmian w planie</translation>
    </message>
    <message>
        <source>Export progress report into folder</source>
        <translation>Eksportuj raport postępu do folderu</translation>
    </message>
    <message>
        <source>report written: {0}</source>
        <translation>zapisano raport: {0}</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>A defense needs at least two vertices; delete the defense instead.</source>
        <translation>Zabezpieczenie potrzebuje co najmniej dwóch wierzchołków; zamiast tego usuń zabezpieczenie.</translation>
    </message>
</context>
<context>
    <name>_ThreadErrors</name>
    <message>
        <source>working in the background</source>
        <translation>praca w tle</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Flood depth</source>
        <extracomment>A layer with more visible polygons than this draws its sub-pixel features as an image. Features whose bounding box is smaller than this many logical pixels go into the LOD image. Search radius (logical pixels) for identify, selection and snapping. The run&apos;s outputs as map layers (Layers panel › Run outputs): visibility and opacity of each. The run&apos;s outputs the Layers panel lists as layers (key: label).</extracomment>
        <translation>Głębokość wody</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Luki w pokryciu</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Obszary działania</translation>
    </message>
    <message>
        <source>Roads closed by water</source>
        <translation>Drogi zamknięte przez wodę</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>no exposure figures</source>
        <translation>brak danych o narażeniu</translation>
    </message>
    <message>
        <source>people in flooded buildings</source>
        <translation>osoby w zalanych budynkach</translation>
    </message>
    <message>
        <source>Exposed population by water depth</source>
        <translation>Ludność narażona według głębokości wody</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>głębokość</translation>
    </message>
    <message>
        <source>no response figures</source>
        <translation>brak danych o reagowaniu</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>objęci</translation>
    </message>
    <message>
        <source>not reached in time</source>
        <translation>nieosiągnięci na czas</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>Response coverage ({mode})</source>
        <translation>Pokrycie reagowaniem ({mode})</translation>
    </message>
    <message>
        <source>no cooperation figures</source>
        <translation>brak danych o współpracy</translation>
    </message>
    <message>
        <source>covered people</source>
        <translation>osoby objęte</translation>
    </message>
    <message>
        <source>Cooperation gain (joint − national)</source>
        <translation>Zysk ze współpracy (wspólny − krajowy)</translation>
    </message>
    <message>
        <source>no defenses appraised</source>
        <translation>brak ocenionych zabezpieczeń</translation>
    </message>
    <message>
        <source>benefit (people protected)</source>
        <translation>korzyść (osoby chronione)</translation>
    </message>
    <message>
        <source>harm (people flooded by it)</source>
        <translation>szkoda (osoby zalane przez zabezpieczenie)</translation>
    </message>
    <message>
        <source>Each defense&apos;s benefit and harm</source>
        <translation>Korzyść i szkoda każdego zabezpieczenia</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{c}: exposed population</source>
        <translation>{c}: ludność narażona</translation>
    </message>
    <message>
        <source>{c}: covered population ({mode})</source>
        <translation>{c}: ludność objęta ({mode})</translation>
    </message>
    <message>
        <source>{c}: gap population ({mode})</source>
        <translation>{c}: ludność bez pokrycia ({mode})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>DEM read</source>
        <translation>model wysokości odczytany</translation>
    </message>
    <message>
        <source>OpenStreetMap layers ready</source>
        <translation>warstwy OpenStreetMap gotowe</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>access done</source>
        <translation>dostępność gotowa</translation>
    </message>
    <message>
        <source>arrival at critical facilities</source>
        <translation>dotarcie wody do obiektów krytycznych</translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation>atlas zapisany</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>budynki</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>wykresy</translation>
    </message>
    <message>
        <source>checking the surface</source>
        <translation>sprawdzanie powierzchni</translation>
    </message>
    <message>
        <source>choosing candidate sites</source>
        <translation>wybór kandydujących lokalizacji</translation>
    </message>
    <message>
        <source>contracting road chains</source>
        <translation>łączenie ciągów dróg</translation>
    </message>
    <message>
        <source>cooperation gain</source>
        <translation>zysk ze współpracy</translation>
    </message>
    <message>
        <source>counting connected pieces</source>
        <translation>liczenie spójnych części</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>pokrycie</translation>
    </message>
    <message>
        <source>coverage done</source>
        <translation>pokrycie gotowe</translation>
    </message>
    <message>
        <source>coverage timeline done</source>
        <translation>przebieg pokrycia gotowy</translation>
    </message>
    <message>
        <source>cumulative volumes</source>
        <translation>objętości skumulowane</translation>
    </message>
    <message>
        <source>cutting flooded roads</source>
        <translation>odcinanie zalanych dróg</translation>
    </message>
    <message>
        <source>defenses appraised</source>
        <translation>zabezpieczenia ocenione</translation>
    </message>
    <message>
        <source>defenses, resources, profiles</source>
        <translation>zabezpieczenia, siły, profile</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>elevation ready</source>
        <translation>wysokości gotowe</translation>
    </message>
    <message>
        <source>exercise done</source>
        <translation>ćwiczenie zakończone</translation>
    </message>
    <message>
        <source>exercise ready</source>
        <translation>ćwiczenie gotowe</translation>
    </message>
    <message>
        <source>finding countries and border crossings</source>
        <translation>wyznaczanie krajów i przejść granicznych</translation>
    </message>
    <message>
        <source>flood fill</source>
        <translation>wypełnianie zalewem</translation>
    </message>
    <message>
        <source>flood model</source>
        <translation>model powodzi</translation>
    </message>
    <message>
        <source>flood model ready</source>
        <translation>model powodzi gotowy</translation>
    </message>
    <message>
        <source>flood with and without</source>
        <translation>powódź z i bez</translation>
    </message>
    <message>
        <source>flood with every defense</source>
        <translation>powódź z każdym zabezpieczeniem</translation>
    </message>
    <message>
        <source>gap polygons</source>
        <translation>poligony luk</translation>
    </message>
    <message>
        <source>joining road vertices</source>
        <translation>łączenie wierzchołków dróg</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>jednostki</translation>
    </message>
    <message>
        <source>jurisdictions and roads by country</source>
        <translation>jednostki i drogi według kraju</translation>
    </message>
    <message>
        <source>levels along the river</source>
        <translation>poziomy wzdłuż rzeki</translation>
    </message>
    <message>
        <source>map drawn</source>
        <translation>mapa narysowana</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>mapy</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>otwarte dane</translation>
    </message>
    <message>
        <source>page</source>
        <translation>strona</translation>
    </message>
    <message>
        <source>plate laid out</source>
        <translation>arkusz rozmieszczony</translation>
    </message>
    <message>
        <source>plate layout</source>
        <translation>układ arkusza</translation>
    </message>
    <message>
        <source>plate written</source>
        <translation>arkusz zapisany</translation>
    </message>
    <message>
        <source>preparing layers</source>
        <translation>przygotowanie warstw</translation>
    </message>
    <message>
        <source>profile flood model</source>
        <translation>model powodzi profilu</translation>
    </message>
    <message>
        <source>reading elevation sources</source>
        <translation>odczyt źródeł wysokości</translation>
    </message>
    <message>
        <source>reading roads</source>
        <translation>odczyt dróg</translation>
    </message>
    <message>
        <source>reading the DEM</source>
        <translation>odczyt modelu wysokości</translation>
    </message>
    <message>
        <source>reading the OpenStreetMap extract</source>
        <translation>odczyt wycinka OpenStreetMap</translation>
    </message>
    <message>
        <source>relative terrain</source>
        <translation>teren względny</translation>
    </message>
    <message>
        <source>report map</source>
        <translation>mapa raportu</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>tabele raportu</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>raport zapisany</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>siły</translation>
    </message>
    <message>
        <source>resources and buildings</source>
        <translation>siły i budynki</translation>
    </message>
    <message>
        <source>road network</source>
        <translation>sieć dróg</translation>
    </message>
    <message>
        <source>road network ready</source>
        <translation>sieć dróg gotowa</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>drogi</translation>
    </message>
    <message>
        <source>roads and rivers</source>
        <translation>drogi i rzeki</translation>
    </message>
    <message>
        <source>service areas</source>
        <translation>obszary działania</translation>
    </message>
    <message>
        <source>sites chosen</source>
        <translation>lokalizacje wybrane</translation>
    </message>
    <message>
        <source>solving the covering problem</source>
        <translation>rozwiązywanie problemu pokrycia</translation>
    </message>
    <message>
        <source>spill levels (priority-flood)</source>
        <translation>poziomy przelewu (priority-flood)</translation>
    </message>
    <message>
        <source>surface from the nearest river cell</source>
        <translation>powierzchnia z najbliższej komórki rzeki</translation>
    </message>
    <message>
        <source>tables for checking</source>
        <translation>tabele do sprawdzenia</translation>
    </message>
    <message>
        <source>terrain</source>
        <translation>teren</translation>
    </message>
    <message>
        <source>travel times from candidate sites</source>
        <translation>czasy dojazdu z kandydujących lokalizacji</translation>
    </message>
    <message>
        <source>what the cross-border decisions changed</source>
        <translation>co zmieniły decyzje transgraniczne</translation>
    </message>
</context>
<context>
    <name>ensemble_tab</name>
    <message>
        <source>Probability of flooding, T = {return_period:g} years</source>
        <translation>Prawdopodobieństwo zalania, T = {return_period:g} lat</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>floodplan: unexpected error</source>
        <translation>floodplan: nieoczekiwany błąd</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>A report needs a scenario result; run the scenario first.</source>
        <translation>Raport wymaga wyniku scenariusza; najpierw oblicz scenariusz.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Zapisywanie raportu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Zapisano raport: {0}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>About floodplan</source>
        <translation>O programie floodplan</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Przesuń</translation>
    </message>
    <message>
        <source>drag with the middle button, or arrow keys</source>
        <translation>przeciągnij środkowym przyciskiem lub klawisze strzałek</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Przybliż w miejscu kursora</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>kółko myszy</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Przybliż / oddal</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Przybliż do prostokąta</translation>
    </message>
    <message>
        <source>Shift+drag with the Pan tool</source>
        <translation>Shift+przeciągnięcie narzędziem Przesuń</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Skrót</translation>
    </message>
    <message>
        <source>How to plan a joint defense</source>
        <translation>Jak zaplanować wspólne zabezpieczenie</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Response resources</source>
        <translation>Siły ratownicze</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>istniejące</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planowane</translation>
    </message>
    <message>
        <source>breached in the scenario</source>
        <translation>przerwane w scenariuszu</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Budynki</translation>
    </message>
    <message>
        <source>building</source>
        <translation>budynek</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Drogi</translation>
    </message>
    <message>
        <source>road</source>
        <translation>droga</translation>
    </message>
    <message>
        <source>river</source>
        <translation>rzeka</translation>
    </message>
    <message>
        <source>national border</source>
        <translation>granica państwa</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Ćwiczenie sztabowe</translation>
    </message>
    <message>
        <source>resource moved in the exercise (not in the plan)</source>
        <translation>siły przemieszczone w ćwiczeniu (nie w planie)</translation>
    </message>
    <message>
        <source>resource out of service in the exercise</source>
        <translation>siły wyłączone z działania w ćwiczeniu</translation>
    </message>
    <message>
        <source>Flood depth</source>
        <translation>Głębokość wody</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>road closed by water</source>
        <translation>droga zamknięta przez wodę</translation>
    </message>
    <message>
        <source>coverage gap (not reached in time)</source>
        <translation>luka w pokryciu (nieosiągnięte na czas)</translation>
    </message>
    <message>
        <source>selected / changed building</source>
        <translation>zaznaczony / zmieniony budynek</translation>
    </message>
</context>
<context>
    <name>risk_tab</name>
    <message>
        <source>return period (years)</source>
        <translation>okres powtarzalności (lata)</translation>
    </message>
    <message>
        <source>damage (million EUR)</source>
        <translation>szkody (mln EUR)</translation>
    </message>
    <message>
        <source>Risk curve per country</source>
        <translation>Krzywa ryzyka według państw</translation>
    </message>
</context>
<context>
    <name>versions_dock</name>
    <message>
        <source>Covered population, national</source>
        <extracomment>(label, indicator, mode) offered by the trend chart.</extracomment>
        <translation>Ludność objęta, krajowo</translation>
    </message>
    <message>
        <source>Covered population, joint</source>
        <translation>Ludność objęta, wspólnie</translation>
    </message>
    <message>
        <source>Gap (uncovered), national</source>
        <translation>Luka (bez pokrycia), krajowo</translation>
    </message>
    <message>
        <source>Gap (uncovered), joint</source>
        <translation>Luka (bez pokrycia), wspólnie</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Zysk ze współpracy</translation>
    </message>
    <message>
        <source>Expected annual damage (EUR)</source>
        <translation>Oczekiwane roczne straty (EUR)</translation>
    </message>
    <message>
        <source>Expected people affected per year</source>
        <translation>Oczekiwana liczba poszkodowanych rocznie</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Short names of the indicators in the Compare table.</extracomment>
        <translation>Objęci</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
    <message>
        <source>EAD (EUR/year)</source>
        <translation>EAD (EUR/rok)</translation>
    </message>
    <message>
        <source>EAP (people/year)</source>
        <translation>EAP (osoby/rok)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR rocznie</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Zapisz &amp;wersję…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, as a version inside the project</source>
        <translation>Zachowaj plan w obecnym stanie, z jego wskaźnikami, jako wersję w projekcie</translation>
    </message>
    <message>
        <source>Export &amp;progress report…</source>
        <translation>Eksportuj raport &amp;postępu…</translation>
    </message>
    <message>
        <source>A public page, PDF and open data of what the plan changed between two versions</source>
        <translation>Publiczna strona, PDF i otwarte dane o tym, co plan zmienił między dwiema wersjami</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
</context>
</TS>
