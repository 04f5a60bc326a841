<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AreaPage</name>
    <message>
        <source>Area and flood</source>
        <translation>Zone et crue</translation>
    </message>
    <message>
        <source>Limit the project to a box in degrees of longitude and latitude (WGS 84), or keep the whole of the elevation files. The starter scenarios put the water this far above the river bed.</source>
        <translation>Limitez le projet à un rectangle en degrés de longitude et de latitude (WGS 84), ou gardez les fichiers d&apos;altitude entiers. Les scénarios de départ placent l&apos;eau à cette hauteur au-dessus du lit de la rivière.</translation>
    </message>
    <message>
        <source>&amp;Limit to a box</source>
        <translation>&amp;Limiter à un rectangle</translation>
    </message>
    <message>
        <source>Crop the elevation and the OpenStreetMap layers to the box below</source>
        <translation>Découper l&apos;altitude et les couches OpenStreetMap au rectangle ci-dessous</translation>
    </message>
    <message>
        <source>&amp;West:</source>
        <translation>&amp;Ouest :</translation>
    </message>
    <message>
        <source>Western edge (degrees of longitude, east positive)</source>
        <translation>Bord ouest (degrés de longitude, est positif)</translation>
    </message>
    <message>
        <source>&amp;South:</source>
        <translation>&amp;Sud :</translation>
    </message>
    <message>
        <source>Southern edge (degrees of latitude, north positive)</source>
        <translation>Bord sud (degrés de latitude, nord positif)</translation>
    </message>
    <message>
        <source>&amp;East:</source>
        <translation>&amp;Est :</translation>
    </message>
    <message>
        <source>Eastern edge (degrees of longitude)</source>
        <translation>Bord est (degrés de longitude)</translation>
    </message>
    <message>
        <source>&amp;North:</source>
        <translation>&amp;Nord :</translation>
    </message>
    <message>
        <source>Northern edge (degrees of latitude)</source>
        <translation>Bord nord (degrés de latitude)</translation>
    </message>
    <message>
        <source>From the &amp;DEM</source>
        <translation>Depuis le &amp;MNT</translation>
    </message>
    <message>
        <source>Fill the box with the extent of the elevation files</source>
        <translation>Remplir le rectangle avec l&apos;emprise des fichiers d&apos;altitude</translation>
    </message>
    <message>
        <source>Depth of the design flood above the river bed along every river (m)</source>
        <translation>Hauteur de la crue de projet au-dessus du lit le long de chaque rivière (m)</translation>
    </message>
    <message>
        <source>Flood &amp;depth above the river bed:</source>
        <translation>&amp;Hauteur de crue au-dessus du lit :</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <source>Attribute table</source>
        <translation>Table attributaire</translation>
    </message>
    <message>
        <source>The layer whose features are listed</source>
        <translation>La couche dont les entités sont listées</translation>
    </message>
    <message>
        <source>Select rows to select the features on the map; double-click a cell to edit it</source>
        <translation>Sélectionnez des lignes pour sélectionner les entités sur la carte ; double-cliquez sur une cellule pour la modifier</translation>
    </message>
</context>
<context>
    <name>BreachTool</name>
    <message>
        <source>Click on a defense line to mark a breach.</source>
        <translation>Cliquez sur une ligne d&apos;ouvrage pour marquer une brèche.</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Which run&apos;s results to show</source>
        <extracomment>Results of runs by scenario name (the latest run of each), for comparison.</extracomment>
        <translation>Quel calcul afficher</translation>
    </message>
    <message>
        <source>No results yet: run a scenario.</source>
        <translation>Pas encore de résultats : lancez un scénario.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Calcul :</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Write the report of the shown run (HTML or PDF, tables as CSV and GeoPackage)</source>
        <translation>Écrire le rapport du calcul affiché (HTML ou PDF, tableaux en CSV et GeoPackage)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exposés</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Desservis</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteints</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Desservis %</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Gain de coopération</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Type de moyen</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <source>Coverage by all kinds together, or by one kind as it moves in the flood</source>
        <translation>Couverture par tous les types ensemble, ou par un type qui se déplace dans la crue</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Ouvrage</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Benefit (people)</source>
        <translation>Bénéfice (personnes)</translation>
    </message>
    <message>
        <source>Harm (people)</source>
        <translation>Préjudice (personnes)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Part des coûts %</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Part des coûts</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Ouvrages</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show changes on map</source>
        <translation>Afficher les changements sur la carte</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A :</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B :</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
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
        <translation>Risque</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>⚠ These results are {reason}.</source>
        <translation>⚠ Ces résultats sont {reason}.</translation>
    </message>
    <message>
        <source>{0}: {1} ha flooded, {2} m³, deepest {3} m</source>
        <translation>{0} : {1} ha inondés, {2} m³, hauteur maximale {3} m</translation>
    </message>
    <message>
        <source>Gaps ({0}): {1} building(s) not reached in time, {2} people, in {3} jurisdiction(s)</source>
        <translation>Lacunes ({0}) : {1} bâtiment(s) non atteints à temps, {2} personnes, dans {3} collectivité(s)</translation>
    </message>
    <message>
        <source>Run two scenarios to compare them.</source>
        <translation>Lancez deux scénarios pour les comparer.</translation>
    </message>
    <message>
        <source>no building changes state</source>
        <translation>aucun bâtiment ne change d&apos;état</translation>
    </message>
    <message>
        <source>Buildings ({0}): {text}</source>
        <translation>Bâtiments ({0}) : {text}</translation>
    </message>
</context>
<context>
    <name>DrawDefenseTool</name>
    <message>
        <source>A defense needs at least two vertices; click at least twice.</source>
        <translation>Un ouvrage doit avoir au moins deux sommets ; cliquez au moins deux fois.</translation>
    </message>
</context>
<context>
    <name>ElevationPage</name>
    <message>
        <source>Elevation</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <source>Add the elevation tiles or files (SRTM .hgt or .hgt.zip, GeoTIFF, …). Overlapping files are mosaicked in this order; give a vertical offset (m) to bring a file to the others&apos; datum.</source>
        <translation>Ajoutez les tuiles ou fichiers d&apos;altitude (SRTM .hgt ou .hgt.zip, GeoTIFF, …). Les fichiers qui se recouvrent sont assemblés dans cet ordre ; un décalage vertical (m) ramène un fichier au système altimétrique des autres.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Vertical offset (m)</source>
        <translation>Décalage vertical (m)</translation>
    </message>
    <message>
        <source>The elevation files in priority order; edit an offset by typing in its cell</source>
        <translation>Les fichiers d&apos;altitude par ordre de priorité ; saisissez un décalage dans sa cellule</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Choose one or more elevation files</source>
        <translation>Choisir un ou plusieurs fichiers d&apos;altitude</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file from the list</source>
        <translation>Retirer le fichier sélectionné de la liste</translation>
    </message>
    <message>
        <source>Elevation files</source>
        <translation>Fichiers d&apos;altitude</translation>
    </message>
</context>
<context>
    <name>EnsemblePane</name>
    <message>
        <source>Members: each draws which defenses fail in each event</source>
        <translation>Membres : chacun tire au sort les ouvrages qui cèdent à chaque événement</translation>
    </message>
    <message>
        <source>The same seed gives the same result, on any number of workers</source>
        <translation>La même graine donne le même résultat, quel que soit le nombre de processus</translation>
    </message>
    <message>
        <source>Worker processes of the local Dask cluster</source>
        <translation>Processus de calcul du cluster Dask local</translation>
    </message>
    <message>
        <source>local (or tcp://HOST:PORT)</source>
        <translation>local (ou tcp://HÔTE:PORT)</translation>
    </message>
    <message>
        <source>Address of a running dask scheduler; empty: a local cluster</source>
        <translation>Adresse d&apos;un ordonnanceur Dask en cours ; vide : un cluster local</translation>
    </message>
    <message>
        <source>Run ensemble</source>
        <translation>Lancer l&apos;ensemble</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Ouvrages de :</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Ordonnanceur :</translation>
    </message>
    <message>
        <source>Defenses with fragility_median_m and fragility_beta may fail; press Run.</source>
        <translation>Les ouvrages avec fragility_median_m et fragility_beta peuvent céder ; appuyez sur Lancer.</translation>
    </message>
    <message>
        <source>Map of event:</source>
        <translation>Carte de l&apos;événement :</translation>
    </message>
    <message>
        <source>T (years)</source>
        <translation>T (ans)</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Ouvrage</translation>
    </message>
    <message>
        <source>Load (m)</source>
        <translation>Charge (m)</translation>
    </message>
    <message>
        <source>Fragility %</source>
        <translation>Fragilité %</translation>
    </message>
    <message>
        <source>Failed in %</source>
        <translation>Rompu dans %</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>EAD mean</source>
        <translation>EAD moyen</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>done: {0} members, {1} distinct flood states</source>
        <translation>terminé : {0} membres, {1} états de crue distincts</translation>
    </message>
    <message>
        <source>{0}: {1} members (seed {2}) on {3} with {4} worker(s).{notes}</source>
        <translation>{0} : {1} membres (graine {2}) sur {3} avec {4} processus.{notes}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map plate</source>
        <translation>Exporter la planche</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>ISO paper size of the plate</source>
        <translation>Format de papier ISO de la planche</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>Landscape (wide) or portrait (tall) page</source>
        <translation>Page paysage (large) ou portrait (haute)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>Dots per inch of a PNG, and of the flood image in PDF/SVG (300 for print)</source>
        <translation>Points par pouce d&apos;un PNG, et de l&apos;image de la crue en PDF/SVG (300 pour l&apos;impression)</translation>
    </message>
    <message>
        <source>Flood map</source>
        <translation>Carte des inondations</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Title of the plate; empty gives &apos;Flood map&apos; in the chosen languages</source>
        <translation>Titre de la planche ; vide donne « Carte des inondations » dans les langues choisies</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Sous-titre :</translation>
    </message>
    <message>
        <source>Line under the title (e.g. the scenario and the meeting)</source>
        <translation>Ligne sous le titre (p. ex. le scénario et la réunion)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisme :</translation>
    </message>
    <message>
        <source>Who made the plate (shown in the information block)</source>
        <translation>Qui a réalisé la planche (affiché dans le cartouche)</translation>
    </message>
    <message>
        <source>Main language of every text on the plate</source>
        <translation>Langue principale de tous les textes de la planche</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Second language shown beside the main one (e.g. the neighbour&apos;s)</source>
        <translation>Seconde langue à côté de la principale (p. ex. celle du voisin)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>The plate&apos;s texts in one or two languages side by side</source>
        <translation>Les textes de la planche en une ou deux langues côte à côte</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Ajuster la carte</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Échelle fixe 1:</translation>
    </message>
    <message>
        <source>Fit the whole project (or atlas page) on the map, or print at an exact scale</source>
        <translation>Ajuster tout le projet (ou la page d&apos;atlas) à la carte, ou imprimer à une échelle exacte</translation>
    </message>
    <message>
        <source>Scale denominator: 25,000 prints 1 cm on paper for 250 m on the ground</source>
        <translation>Dénominateur d&apos;échelle : 25 000 imprime 1 cm sur le papier pour 250 m sur le terrain</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Échelle de la carte</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>conjoint</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>Response &amp;mode:</source>
        <translation>&amp;Mode d&apos;intervention :</translation>
    </message>
    <message>
        <source>Which coverage gaps the map shows: joint (cross-border help) or national (each country alone)</source>
        <translation>Quelles lacunes de couverture la carte montre : conjoint (aide transfrontalière) ou national (chaque pays seul)</translation>
    </message>
    <message>
        <source>Locator &amp;inset</source>
        <translation>Carte de &amp;situation</translation>
    </message>
    <message>
        <source>A small overview map showing where the plate lies</source>
        <translation>Une petite carte d&apos;ensemble qui montre où se trouve la planche</translation>
    </message>
    <message>
        <source>Summary &amp;table</source>
        <translation>&amp;Tableau récapitulatif</translation>
    </message>
    <message>
        <source>Per-country table of flooded and reached people (needs a scenario run)</source>
        <translation>Tableau par pays des personnes inondées et atteintes (nécessite un calcul de scénario)</translation>
    </message>
    <message>
        <source>Service a&amp;reas</source>
        <translation>Zones d&apos;inte&amp;rvention</translation>
    </message>
    <message>
        <source>Draw the areas each resource reaches within its target time</source>
        <translation>Dessiner les zones que chaque moyen atteint dans son délai cible</translation>
    </message>
    <message>
        <source>&amp;Atlas: one page per jurisdiction (PDF)</source>
        <translation>&amp;Atlas : une page par collectivité (PDF)</translation>
    </message>
    <message>
        <source>Write a multi-page PDF with one plate fitted to each jurisdiction</source>
        <translation>Écrire un PDF de plusieurs pages avec une planche ajustée à chaque collectivité</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save &amp;layout</source>
        <translation>Enregistrer la &amp;mise en page</translation>
    </message>
    <message>
        <source>Keep these settings in the project (undoable) without exporting</source>
        <translation>Garder ces réglages dans le projet (annulable) sans exporter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Choose a PDF, PNG or SVG file and write the plate in the background</source>
        <translation>Choisir un fichier PDF, PNG ou SVG et écrire la planche en arrière-plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the dialog (a running export is cancelled)</source>
        <translation>Fermer la boîte de dialogue (un export en cours est annulé)</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>Pas d&apos;aperçu : {0}</translation>
    </message>
    <message>
        <source>Preview of the plate (low resolution); it follows every change</source>
        <translation>Aperçu de la planche (basse résolution) ; il suit chaque changement</translation>
    </message>
    <message>
        <source>{0} {1}, {w:g} × {h:g} mm{atlas}</source>
        <translation>{0} {1}, {w:g} × {h:g} mm{atlas}</translation>
    </message>
    <message>
        <source>Layout saved in the project.</source>
        <translation>Mise en page enregistrée dans le projet.</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Exporter la planche</translation>
    </message>
    <message>
        <source>Writing the {what} to {path}…</source>
        <translation>Écriture de {what} dans {path}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Written: {0}{pages}</source>
        <translation>Écrit : {0}{pages}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Export cancelled; the file may be incomplete and should not be used.</source>
        <translation>Export annulé ; le fichier peut être incomplet et ne doit pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>FloodKind</name>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamique</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Edit {col} of</source>
        <translation>Modifier {col} de</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Layers, top first. Tick to show; drag to change the drawing order; right-click for more.</source>
        <translation>Couches, la plus haute en premier. Cochez pour afficher ; faites glisser pour changer l&apos;ordre d&apos;affichage ; clic droit pour plus.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacité de la couche sélectionnée</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Colour of the selected layer</source>
        <translation>Couleur de la couche sélectionnée</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a layer from a file (or drop files on the window)</source>
        <translation>Ajouter une couche depuis un fichier (ou déposer des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected layer (undoable)</source>
        <translation>Retirer la couche sélectionnée (annulable)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoomer sur</translation>
    </message>
    <message>
        <source>Zoom the map to the selected layer</source>
        <translation>Zoomer la carte sur la couche sélectionnée</translation>
    </message>
    <message>
        <source>Run outputs</source>
        <translation>Résultats du calcul</translation>
    </message>
    <message>
        <source>The outputs of the shown run; tick to show on the map</source>
        <translation>Les résultats du calcul affiché ; cochez pour les afficher sur la carte</translation>
    </message>
    <message>
        <source>Opacity of the selected run output</source>
        <translation>Opacité du résultat sélectionné</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoomer sur la couche</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Ouvrir la table attributaire</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Changer la couleur…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Retirer la couche</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>What the symbols and colours on the map mean</source>
        <translation>Ce que signifient les symboles et les couleurs de la carte</translation>
    </message>
</context>
<context>
    <name>LogKind</name>
    <message>
        <source>note</source>
        <extracomment>Wall-clock time (ms) between two automatic steps while playing. Decision kinds the facilitator can log (a note changes nothing). The kinds of log entry as the Kind box shows them (for lupdate; the codes are the exercise&apos;s data).</extracomment>
        <translation>note</translation>
    </message>
    <message>
        <source>send_resource</source>
        <translation>envoyer un moyen</translation>
    </message>
    <message>
        <source>move_resource</source>
        <translation>déplacer un moyen</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>hors service</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <extracomment>Start-up: the results, exercise and versions docks are built at the latest this long (ms) after the first docks, when the live flood is not shown before (no scenario, a dynamic flood).</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;projet ouvert&gt;</translation>
    </message>
    <message>
        <source>Every edit, oldest first; click a line to go back to it</source>
        <translation>Chaque modification, la plus ancienne en premier ; cliquez sur une ligne pour y revenir</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>pas de SCR</translation>
    </message>
    <message>
        <source>Map: tabletop exercise (run results hidden)</source>
        <translation>Carte : exercice sur table (résultats masqués)</translation>
    </message>
    <message>
        <source>Exercise T+{0:02d}:{1:02d} — {2} road piece(s) closed</source>
        <translation>Exercice T+{0:02d}:{1:02d} — {2} tronçon(s) de route coupé(s)</translation>
    </message>
    <message>
        <source>Results out of date: {0}</source>
        <translation>Résultats périmés : {0}</translation>
    </message>
    <message>
        <source>Coverage updated for your last edit</source>
        <translation>Couverture mise à jour pour votre dernière modification</translation>
    </message>
    <message>
        <source>Results: {0} — updating coverage…</source>
        <translation>Résultats : {0} — mise à jour de la couverture…</translation>
    </message>
    <message>
        <source>Results: {0}{hidden}</source>
        <translation>Résultats : {0}{hidden}</translation>
    </message>
    <message>
        <source>Results {reason}</source>
        <translation>Résultats {reason}</translation>
    </message>
    <message>
        <source>{0}[*] — floodplan</source>
        <translation>{0}[*] — floodplan</translation>
    </message>
    <message>
        <source>doing &apos;{0}&apos;</source>
        <translation>en faisant « {0} »</translation>
    </message>
    <message>
        <source>Nothing selected to delete.</source>
        <translation>Rien n&apos;est sélectionné à supprimer.</translation>
    </message>
    <message>
        <source>set its crest, type, owner and cost in the Properties panel.</source>
        <translation>indiquez la cote de crête, le type, le propriétaire et le coût dans le panneau Propriétés.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>{0} Overwrite it with this version?</source>
        <translation>{0} L&apos;écraser avec cette version ?</translation>
    </message>
    <message>
        <source>Not saved: {0} changed on disk</source>
        <translation>Non enregistré : {0} a changé sur le disque</translation>
    </message>
    <message>
        <source>saving {path}</source>
        <translation>en enregistrant {path}</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>{target} enregistré</translation>
    </message>
    <message>
        <source>floodplan</source>
        <translation>floodplan</translation>
    </message>
    <message>
        <source>{0} has unsaved changes. Save them?</source>
        <translation>{0} a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Ajouter des couches</translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation>{0} ajouté</translation>
    </message>
    <message>
        <source>{0} could not be read ({first}); the project is unchanged. Details are in {1}.</source>
        <translation>{0} n&apos;a pas pu être lu ({first}) ; le projet est inchangé. Les détails sont dans {1}.</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy at {0}</source>
        <translation>Copie de récupération enregistrée automatiquement à {0}</translation>
    </message>
    <message>
        <source>floodplan stopped unexpectedly last time; it had no unsaved changes to recover. What happened is in the log {log_file} (Help &gt; Show log folder).</source>
        <translation>floodplan s&apos;est arrêté de façon inattendue la dernière fois ; il n&apos;y avait pas de modifications non enregistrées à récupérer. Ce qui s&apos;est passé figure dans le journal {log_file} (Aide &gt; Afficher le dossier du journal).</translation>
    </message>
    <message>
        <source>{how}; changes to {name} autosaved at {when} were kept. Recover them?</source>
        <translation>{how} ; les modifications de {name} enregistrées automatiquement à {when} ont été conservées. Les récupérer ?</translation>
    </message>
    <message>
        <source>Cursor position in the project&apos;s working CRS (m)</source>
        <translation>Position du curseur dans le SCR de travail du projet (m)</translation>
    </message>
    <message>
        <source>Cursor position in longitude and latitude (WGS 84)</source>
        <translation>Position du curseur en longitude et latitude (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Échelle de la carte sur cet écran</translation>
    </message>
    <message>
        <source>Which results the map and the Results panel show, and whether they are current</source>
        <translation>Quels résultats la carte et le panneau Résultats affichent, et s&apos;ils sont à jour</translation>
    </message>
    <message>
        <source>{x:,.1f} E  {y:,.1f} N</source>
        <translation>{x:,.1f} E  {y:,.1f} N</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Commencer un projet vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a floodplan project (.gpkg)</source>
        <translation>Ouvrir un projet floodplan (.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Enregistrer le projet sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>&amp;Ajouter une couche…</translation>
    </message>
    <message>
        <source>Add layers from GIS files (or drop files on the window)</source>
        <translation>Ajouter des couches depuis des fichiers SIG (ou déposer des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>New project from &amp;public data…</source>
        <translation>Nouveau projet à partir de données &amp;publiques…</translation>
    </message>
    <message>
        <source>Build a project from elevation tiles and an OpenStreetMap extract</source>
        <translation>Construire un projet à partir de tuiles d&apos;altitude et d&apos;un extrait OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Export map plate…</source>
        <translation>&amp;Exporter la planche…</translation>
    </message>
    <message>
        <source>A map plate for a joint meeting (PDF, PNG or SVG, A4–A0, two languages)</source>
        <translation>Une planche pour une réunion conjointe (PDF, PNG ou SVG, A4–A0, deux langues)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>The scenario report (HTML or PDF) with its tables as CSV and GeoPackage</source>
        <translation>Le rapport du scénario (HTML ou PDF) avec ses tableaux en CSV et GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close floodplan</source>
        <translation>Fermer floodplan</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>The interface language and the autosave interval</source>
        <translation>La langue de l&apos;interface et l&apos;intervalle d&apos;enregistrement automatique</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>Delete the selected feature</source>
        <translation>Supprimer l&apos;entité sélectionnée</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Zoomer sur &amp;tout</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Afficher toutes les couches</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoomer sur la &amp;couche</translation>
    </message>
    <message>
        <source>Show the layer selected in the Layers panel</source>
        <translation>Afficher la couche sélectionnée dans le panneau Couches</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>Ouvrir la &amp;table attributaire</translation>
    </message>
    <message>
        <source>List the selected layer&apos;s features</source>
        <translation>Lister les entités de la couche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>&amp;Lancer le scénario</translation>
    </message>
    <message>
        <source>Run the scenario shown in the Scenario panel (in the background; Cancel stops it)</source>
        <translation>Lancer le scénario affiché dans le panneau Scénario (en arrière-plan ; Annuler l&apos;arrête)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler le calcul</translation>
    </message>
    <message>
        <source>Stop the running scenario after its current step; nothing is changed</source>
        <translation>Arrêter le scénario en cours après l&apos;étape actuelle ; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Afficher le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>Open the folder of floodplan&apos;s log file (what to send with a bug report)</source>
        <translation>Ouvrir le dossier du fichier journal de floodplan (à joindre à un rapport de bogue)</translation>
    </message>
    <message>
        <source>How to plan a joint &amp;defense</source>
        <translation>Comment planifier une &amp;protection commune</translation>
    </message>
    <message>
        <source>A short step-by-step guide</source>
        <translation>Un petit guide pas à pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About floodplan</source>
        <translation>À &amp;propos de floodplan</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version et licences</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the last undone edit (Ctrl+Shift+Z)</source>
        <translation>Rétablir la dernière modification annulée (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Kind of resource the Place resource tool puts on the map</source>
        <translation>Type de moyen que l&apos;outil « Placer un moyen » pose sur la carte</translation>
    </message>
    <message>
        <source>No scenario to run: add one in the Scenario panel.</source>
        <translation>Aucun scénario à lancer : ajoutez-en un dans le panneau Scénario.</translation>
    </message>
    <message>
        <source>A run is already going; Shift+F5 cancels it.</source>
        <translation>Un calcul est déjà en cours ; Maj+F5 l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Pan the map by dragging (Shift+drag zooms to a box; the wheel zooms at the cursor)</source>
        <translation>Déplacer la carte en la faisant glisser (Maj+glisser zoome sur un rectangle ; la molette zoome au curseur)</translation>
    </message>
    <message>
        <source>Zoom to box</source>
        <translation>Zoom sur un rectangle</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it; click to zoom in, right-click to zoom out</source>
        <translation>Tracer un rectangle pour zoomer dessus ; clic pour zoomer, clic droit pour dézoomer</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Click a feature to see its attributes</source>
        <translation>Cliquer sur une entité pour voir ses attributs</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Sélectionner / déplacer</translation>
    </message>
    <message>
        <source>Click a feature to select it; drag a selected defense or resource to move it; Delete removes it</source>
        <translation>Cliquer sur une entité pour la sélectionner ; faire glisser un ouvrage ou un moyen sélectionné pour le déplacer ; Suppr le supprime</translation>
    </message>
    <message>
        <source>Draw defense</source>
        <translation>Dessiner un ouvrage</translation>
    </message>
    <message>
        <source>Draw a levee, wall or mobile barrier: click its vertices (they snap to existing defenses), double-click or press Enter to finish, Esc to cancel</source>
        <translation>Dessiner une digue, un mur ou une barrière mobile : cliquez ses sommets (ils s&apos;accrochent aux ouvrages existants), double-clic ou Entrée pour terminer, Échap pour annuler</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>Modifier les sommets</translation>
    </message>
    <message>
        <source>Reshape the selected defense: drag a vertex, double-click a segment to add one, right-click a vertex to remove it</source>
        <translation>Remodeler l&apos;ouvrage sélectionné : faire glisser un sommet, double-cliquer sur un segment pour en ajouter un, clic droit sur un sommet pour le retirer</translation>
    </message>
    <message>
        <source>Place resource</source>
        <translation>Placer un moyen</translation>
    </message>
    <message>
        <source>Click to place a resource (fire, ambulance, rescue, pump, shelter, hospital) of the chosen kind</source>
        <translation>Cliquer pour placer un moyen (pompiers, ambulance, sauvetage, pompe, hébergement, hôpital) du type choisi</translation>
    </message>
    <message>
        <source>Mark breach</source>
        <translation>Marquer une brèche</translation>
    </message>
    <message>
        <source>Click a defense to mark it breached (failing) in the active scenario; click again to undo the mark</source>
        <translation>Cliquer sur un ouvrage pour le marquer rompu (défaillant) dans le scénario actif ; un nouveau clic retire la marque</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project from public data</source>
        <translation>Nouveau projet à partir de données publiques</translation>
    </message>
    <message>
        <source>Build and save the project</source>
        <translation>Construire et enregistrer le projet</translation>
    </message>
    <message>
        <source>Stop building (nothing is written) or close the wizard</source>
        <translation>Arrêter la construction (rien n&apos;est écrit) ou fermer l&apos;assistant</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>annulé ; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>landscape</source>
        <extracomment>Dots per inch of the preview: enough to read the layout, cheap enough to redraw in ~0.3 s. Quiet time (ms) after the last change before the preview is redrawn. The page orientations as the Orientation box shows them (for lupdate; the codes are the layout&apos;s data).</extracomment>
        <translation>paysage</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
</context>
<context>
    <name>OsmPage</name>
    <message>
        <source>OpenStreetMap (optional)</source>
        <translation>OpenStreetMap (facultatif)</translation>
    </message>
    <message>
        <source>An OpenStreetMap extract (.osm.pbf) gives the buildings, roads, rivers, borders and stations. Leave it empty for a project with the elevation only.</source>
        <translation>Un extrait OpenStreetMap (.osm.pbf) fournit les bâtiments, routes, rivières, frontières et casernes. Laissez-le vide pour un projet avec la seule altitude.</translation>
    </message>
    <message>
        <source>e.g. andorra.osm.pbf (optional)</source>
        <translation>p. ex. andorra.osm.pbf (facultatif)</translation>
    </message>
    <message>
        <source>Path of the OpenStreetMap extract</source>
        <translation>Chemin de l&apos;extrait OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the OpenStreetMap extract</source>
        <translation>Choisir l&apos;extrait OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Extract:</source>
        <translation>&amp;Extrait :</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Extrait OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs whose thread is still running; holding them here keeps Python from deleting a running QThread when the caller drops its reference (which would abort the process). Seconds between two progress signals at most (20 Hz): the GUI never needs more, and every queued signal costs the GUI thread an event; the engine may report as often as it likes. Emitted in the GUI thread after everything else of the job (its on_finished callback included): what tests and scripts wait on, instead of polling for a state with a timeout. Steps of the bar (the fraction is shown to 0.1 %).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the run after its current step; nothing is changed</source>
        <translation>Arrêter le calcul après l&apos;étape actuelle ; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>annulation…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Nothing selected. Use Identify or Select on the map.</source>
        <translation>Rien n&apos;est sélectionné. Utilisez Identifier ou Sélectionner sur la carte.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>All attributes of the selected feature</source>
        <translation>Tous les attributs de l&apos;entité sélectionnée</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Ouvrage</translation>
    </message>
    <message>
        <source>The defense&apos;s id (scenarios name breaches by it)</source>
        <translation>L&apos;identifiant de l&apos;ouvrage (les scénarios nomment les brèches par lui)</translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation>Cote de crête (m)</translation>
    </message>
    <message>
        <source>Height above ground (m)</source>
        <translation>Hauteur au-dessus du sol (m)</translation>
    </message>
    <message>
        <source>Give the crest as an elevation (same datum as the DEM) or as a height above the ground</source>
        <translation>Indiquer la crête comme une cote (même système que le MNT) ou comme une hauteur au-dessus du sol</translation>
    </message>
    <message>
        <source>levee (earth bank), wall (flood wall) or mobile (demountable barrier)</source>
        <translation>levee (digue en terre), wall (mur anti-crue) ou mobile (barrière démontable)</translation>
    </message>
    <message>
        <source>existing: built; planned: built only in scenarios that include planned defenses</source>
        <translation>existing : construit ; planned : construit seulement dans les scénarios qui incluent les ouvrages prévus</translation>
    </message>
    <message>
        <source>The jurisdiction that owns (and pays for) the defense</source>
        <translation>La collectivité propriétaire de l&apos;ouvrage (et qui le paie)</translation>
    </message>
    <message>
        <source>Cost in currency units (split between jurisdictions by benefit in the appraisal)</source>
        <translation>Coût en unités monétaires (réparti entre collectivités selon le bénéfice dans l&apos;évaluation)</translation>
    </message>
    <message>
        <source>Breached in the active scenario</source>
        <translation>Rompu dans le scénario actif</translation>
    </message>
    <message>
        <source>A breached defense is left out of the terrain in the active scenario</source>
        <translation>Un ouvrage rompu est retiré du terrain dans le scénario actif</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Crest given as</source>
        <translation>Crête donnée comme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>People it can take (shelters, hospitals)</source>
        <translation>Personnes qu&apos;il peut accueillir (hébergements, hôpitaux)</translation>
    </message>
    <message>
        <source>Serves across the border</source>
        <translation>Intervient de l&apos;autre côté de la frontière</translation>
    </message>
    <message>
        <source>Joint mode: cross-border resources serve and travel in both countries</source>
        <translation>Mode conjoint : les moyens transfrontaliers interviennent et circulent dans les deux pays</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the changes (one undoable edit)</source>
        <translation>Appliquer les changements (une modification annulable)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoomer sur</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt; — feature {fid} ({0})</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; — entité {fid} ({0})</translation>
    </message>
    <message>
        <source>Breached in scenario &apos;{0}&apos;</source>
        <translation>Rompu dans le scénario « {0} »</translation>
    </message>
    <message>
        <source>Breached (add a scenario first)</source>
        <translation>Rompu (ajoutez d&apos;abord un scénario)</translation>
    </message>
    <message>
        <source>Converted with the mean ground under the line, {ground:.2f} m; Apply to keep it</source>
        <translation>Converti avec le sol moyen sous la ligne, {ground:.2f} m ; Appliquer pour le garder</translation>
    </message>
    <message>
        <source>No DEM under the line: check the value before you Apply</source>
        <translation>Pas de MNT sous la ligne : vérifiez la valeur avant d&apos;appliquer</translation>
    </message>
    <message>
        <source>Edit {what} {0}</source>
        <translation>Modifier {what} {0}</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Compute risk</source>
        <translation>Calculer le risque</translation>
    </message>
    <message>
        <source>Damage over the project&apos;s hq&lt;N&gt; floods, EAD per jurisdiction, and each defense&apos;s Shapley benefit, BCR and cost shares</source>
        <translation>Dommages pour les crues hq&lt;N&gt; du projet, EAD par collectivité, et pour chaque ouvrage le bénéfice de Shapley, le RBC et les parts des coûts</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Ouvrages de :</translation>
    </message>
    <message>
        <source>Press Compute risk.</source>
        <translation>Appuyez sur Calculer le risque.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>EAD (EUR/yr)</source>
        <translation>EAD (EUR/an)</translation>
    </message>
    <message>
        <source>EAP (people/yr)</source>
        <translation>EAP (personnes/an)</translation>
    </message>
    <message>
        <source>EAD without</source>
        <translation>EAD sans</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Ouvrage</translation>
    </message>
    <message>
        <source>Benefit (EUR/yr)</source>
        <translation>Bénéfice (EUR/an)</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>RBC</translation>
    </message>
    <message>
        <source>NPV (EUR)</source>
        <translation>VAN (EUR)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Avoided (EUR/yr)</source>
        <translation>Évité (EUR/an)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Part des coûts %</translation>
    </message>
    <message>
        <source>Harm (EUR/yr)</source>
        <translation>Préjudice (EUR/an)</translation>
    </message>
    <message>
        <source>done: {0} floods, Shapley values {1}</source>
        <translation>terminé : {0} crues, valeurs de Shapley {1}</translation>
    </message>
    <message>
        <source>{0}: EAD {1:,.0f} EUR/year, EAP {2:.1f} people/year; the defenses avoid {3:,.0f} EUR/year (curves: JRC Europe, 2010 EUR).{notes}</source>
        <translation>{0} : EAD {1:,.0f} EUR/an, EAP {2:.1f} personnes/an ; les ouvrages évitent {3:,.0f} EUR/an (courbes : JRC Europe, EUR de 2010).{notes}</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Where to save the new project. Finish builds it (this can take a minute).</source>
        <translation>Où enregistrer le nouveau projet. Terminer le construit (cela peut prendre une minute).</translation>
    </message>
    <message>
        <source>e.g. valley.gpkg</source>
        <translation>p. ex. vallee.gpkg</translation>
    </message>
    <message>
        <source>The new project file (a GeoPackage, .gpkg)</source>
        <translation>Le nouveau fichier de projet (un GeoPackage, .gpkg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose where to save the project</source>
        <translation>Choisir où enregistrer le projet</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>Fichier du &amp;projet :</translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation>Enregistrer le nouveau projet</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>what was decided, at which meeting</source>
        <translation>ce qui a été décidé, et à quelle réunion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenario</source>
        <extracomment>Layer roles whose edits change the flood the preview shows (defenses are burned into the DEM; profile points set a profile flood&apos;s surface). Flood kinds with a live slider.</extracomment>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>The scenario to edit and run</source>
        <extracomment>called with the scenario&apos;s name when the user shows another scenario</extracomment>
        <translation>Le scénario à modifier et à lancer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Crue</translation>
    </message>
    <message>
        <source>level: a flat water level; profile: levels along the river; volume: the water held</source>
        <translation>niveau : un plan d&apos;eau horizontal ; profil : des niveaux le long de la rivière ; volume : l&apos;eau retenue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Niveau d&apos;eau</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Profile layer</source>
        <translation>Couche de profil</translation>
    </message>
    <message>
        <source>Profile flood</source>
        <translation>Crue du profil</translation>
    </message>
    <message>
        <source>Drag to preview the flood at another level, volume or profile offset; the scenario is not changed unless you keep the preview</source>
        <translation>Faire glisser pour prévisualiser la crue à un autre niveau, volume ou décalage de profil ; le scénario ne change que si vous gardez l&apos;aperçu</translation>
    </message>
    <message>
        <source>Live flood</source>
        <translation>Crue en direct</translation>
    </message>
    <message>
        <source>Keep in this scenario</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Make the previewed flood this scenario&apos;s flood (one undoable edit)</source>
        <translation>Faire de la crue prévisualisée la crue de ce scénario (une modification annulable)</translation>
    </message>
    <message>
        <source>Save as new scenario…</source>
        <translation>Nouveau scénario…</translation>
    </message>
    <message>
        <source>A copy of this scenario with the previewed flood (undoable)</source>
        <translation>Une copie de ce scénario avec la crue prévisualisée (annulable)</translation>
    </message>
    <message>
        <source>Back to the scenario</source>
        <translation>Retour au scénario</translation>
    </message>
    <message>
        <source>Show this scenario&apos;s own flood again</source>
        <translation>Afficher à nouveau la crue propre à ce scénario</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>joint: cross-border resources serve both sides; national: each country alone</source>
        <translation>conjoint : les moyens transfrontaliers servent les deux côtés ; national : chaque pays seul</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Roads under deeper water than this are impassable for response vehicles (kinds without their own limit below, resources without max_wading_m)</source>
        <translation>Les routes sous une eau plus profonde sont impraticables pour les véhicules de secours (types sans limite propre ci-dessous, moyens sans max_wading_m)</translation>
    </message>
    <message>
        <source>Wading limit</source>
        <translation>Hauteur franchissable</translation>
    </message>
    <message>
        <source>Wading limit per kind</source>
        <translation>Hauteur franchissable par type</translation>
    </message>
    <message>
        <source>Water a boat needs: boats move only through cells at least this deep</source>
        <translation>Eau nécessaire à un bateau : les bateaux ne passent que par des cellules au moins aussi profondes</translation>
    </message>
    <message>
        <source>Boat draft</source>
        <translation>Tirant d&apos;eau des bateaux</translation>
    </message>
    <message>
        <source>Resources and buildings farther than this from the nearest road are unreachable (a project setting, for every scenario)</source>
        <translation>Les moyens et bâtiments plus éloignés que cela de la route la plus proche sont inaccessibles (un réglage du projet, pour tous les scénarios)</translation>
    </message>
    <message>
        <source>Max distance to a road</source>
        <translation>Distance maximale à une route</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Délais cibles (minutes)</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Ouvrages</translation>
    </message>
    <message>
        <source>Include planned defenses</source>
        <translation>Inclure les ouvrages prévus</translation>
    </message>
    <message>
        <source>Unticked defenses are breached (left out of the terrain)</source>
        <translation>Les ouvrages non cochés sont rompus (retirés du terrain)</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Lancer le scénario</translation>
    </message>
    <message>
        <source>The project has no scenario: press New to add one.</source>
        <translation>Le projet n&apos;a pas de scénario : appuyez sur Nouveau pour en ajouter un.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>other kinds</source>
        <translation>autres types</translation>
    </message>
    <message>
        <source>Water a {kind} vehicle drives through (a boat: its trailer); a resource&apos;s max_wading_m overrides it</source>
        <translation>Eau que franchit un véhicule de type {kind} (un bateau : sa remorque) ; le max_wading_m d&apos;un moyen a la priorité</translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (prévu)</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Nom du scénario :</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Dupliquer le scénario</translation>
    </message>
    <message>
        <source>preparing the live flood…</source>
        <translation>préparation de la crue en direct…</translation>
    </message>
    <message>
        <source>Live flood unavailable: {0}</source>
        <translation>Crue en direct indisponible : {0}</translation>
    </message>
    <message>
        <source>Save previewed flood as a scenario</source>
        <translation>Enregistrer la crue prévisualisée comme scénario</translation>
    </message>
    <message>
        <source>A {0} flood shows on the map after Run.</source>
        <translation>Une crue de type {0} apparaît sur la carte après le calcul.</translation>
    </message>
    <message>
        <source>{label}: {0:,.1f} ha flooded, deepest {1:.2f} m{note}</source>
        <translation>{label} : {0:,.1f} ha inondés, hauteur maximale {1:.2f} m{note}</translation>
    </message>
    <message>
        <source>Running {0}…</source>
        <translation>Calcul de {0}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Gaps ({mode}, {0}): {1} building(s), {2:,.0f} people not reached in time</source>
        <translation>Lacunes ({mode}, {0}) : {1} bâtiment(s), {2:,.0f} personnes non atteintes à temps</translation>
    </message>
</context>
<context>
    <name>SchemePane</name>
    <message>
        <source>Whose defenses make the scheme (the scenario&apos;s flood is not used)</source>
        <extracomment>Events as ``T=FLOOD,…`` (None: the project&apos;s hq&lt;N&gt; profile floods).</extracomment>
        <translation>À qui sont les ouvrages qui forment le programme (la crue du scénario n&apos;est pas utilisée)</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>annulé ; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; &apos;floodplan --lang CODE&apos; overrides it</source>
        <translation>La langue des menus, panneaux et messages ; « floodplan --lang CODE » a la priorité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between recovery copies of a project with unsaved changes</source>
        <translation>Minutes entre les copies de récupération d&apos;un projet avec des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Enregistrement automatique toutes les</translation>
    </message>
    <message>
        <source>A new language applies when floodplan starts next.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de floodplan.</translation>
    </message>
</context>
<context>
    <name>TabletopDock</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>Exercice sur table</translation>
    </message>
    <message>
        <source>The scenario whose tabletop exercise to run</source>
        <extracomment>True once the facilitator started, stepped or reset the exercise: only then is it on the map</extracomment>
        <translation>Le scénario dont on joue l&apos;exercice sur table</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Exercice :</translation>
    </message>
    <message>
        <source>Local inertial (LISFLOOD-FP)</source>
        <translation>Inertiel local (LISFLOOD-FP)</translation>
    </message>
    <message>
        <source>Full momentum (with advection)</source>
        <translation>Quantité de mouvement complète (avec advection)</translation>
    </message>
    <message>
        <source>The flood model&apos;s momentum equation. Local inertial is the standard for floodplains; full momentum keeps the convective term and brings fast, shallow fronts over smooth ground in on time (about twice the computing time). Changing it restarts the exercise (undoable).</source>
        <translation>L&apos;équation de quantité de mouvement du modèle de crue. L&apos;inertiel local est la norme pour les plaines inondables ; l&apos;équation complète garde le terme convectif et fait arriver à temps les fronts rapides et peu profonds sur un sol lisse (environ deux fois plus de calcul). Le changer redémarre l&apos;exercice (annulable).</translation>
    </message>
    <message>
        <source>Flood &amp;model:</source>
        <translation>&amp;Modèle de crue :</translation>
    </message>
    <message>
        <source>Exercise time since the start (T+hh:mm) and the clock time in the exercise</source>
        <translation>Temps de l&apos;exercice depuis le début (T+hh:mm) et l&apos;heure dans l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Run the exercise step by step on its own; press again to pause</source>
        <translation>Faire avancer l&apos;exercice pas à pas tout seul ; appuyer à nouveau pour mettre en pause</translation>
    </message>
    <message>
        <source>+{m} min</source>
        <translation>+{m} min</translation>
    </message>
    <message>
        <source>Advance the exercise by {m} minutes</source>
        <translation>Avancer l&apos;exercice de {m} minutes</translation>
    </message>
    <message>
        <source>Minutes since the start to jump to (forward only: the flood cannot run back)</source>
        <translation>Minutes depuis le début où sauter (en avant seulement : la crue ne peut pas revenir en arrière)</translation>
    </message>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;Sauter</translation>
    </message>
    <message>
        <source>Advance the exercise to the minute on the left</source>
        <translation>Avancer l&apos;exercice jusqu&apos;à la minute à gauche</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Start the exercise again from minute 0 (the decision log is kept)</source>
        <translation>Recommencer l&apos;exercice à la minute 0 (le journal des décisions est conservé)</translation>
    </message>
    <message>
        <source>Jump &amp;to:</source>
        <translation>Sauter &amp;à :</translation>
    </message>
    <message>
        <source>Coverage now (people reached in time)</source>
        <translation>Couverture maintenant (personnes atteintes à temps)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Desservis</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteints</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Desservis %</translation>
    </message>
    <message>
        <source>Per country and response mode, at the exercise&apos;s current time</source>
        <translation>Par pays et mode d&apos;intervention, au temps actuel de l&apos;exercice</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <source>Injects as they fall due; the newest are highlighted</source>
        <translation>Injects à mesure qu&apos;ils tombent ; les plus récents sont surlignés</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Scripted decisions that have fallen due; apply one when the teams take it</source>
        <translation>Décisions prévues arrivées à échéance ; appliquez-en une quand les équipes la prennent</translation>
    </message>
    <message>
        <source>Due (scripted):</source>
        <translation>À échéance (prévues) :</translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation>&amp;Appliquer la décision</translation>
    </message>
    <message>
        <source>Apply the selected scripted decision in the exercise now (undoable); the plan is unchanged</source>
        <translation>Appliquer maintenant dans l&apos;exercice la décision prévue sélectionnée (annulable) ; le plan est inchangé</translation>
    </message>
    <message>
        <source>What was decided or observed</source>
        <translation>Ce qui a été décidé ou observé</translation>
    </message>
    <message>
        <source>The log entry&apos;s text; it gets the exercise&apos;s current time</source>
        <translation>Le texte de l&apos;entrée du journal ; elle reçoit le temps actuel de l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>note: text only; send_resource: the resource may serve across the border (and moves to the map point); move_resource: to the map point; out_of_service: the resource stops responding</source>
        <translation>note : texte seul ; envoyer un moyen : le moyen peut intervenir de l&apos;autre côté de la frontière (et se rend au point de la carte) ; déplacer un moyen : vers le point de la carte ; hors service : le moyen ne répond plus</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>The resource the decision concerns (by id)</source>
        <translation>Le moyen concerné par la décision (par identifiant)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Mo&amp;yen :</translation>
    </message>
    <message>
        <source>no map point</source>
        <translation>pas de point sur la carte</translation>
    </message>
    <message>
        <source>Pick a point on the map to tie the entry to a place</source>
        <translation>Choisir un point sur la carte pour lier l&apos;entrée à un lieu</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Forget the map point</source>
        <translation>Oublier le point de la carte</translation>
    </message>
    <message>
        <source>Map point:</source>
        <translation>Point sur la carte :</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Ajouter au &amp;journal</translation>
    </message>
    <message>
        <source>Record the entry at the current time (one undoable edit)</source>
        <translation>Consigner l&apos;entrée au temps actuel (une modification annulable)</translation>
    </message>
    <message>
        <source>The decision log, saved in the project (Undo takes an entry back)</source>
        <translation>Le journal des décisions, enregistré dans le projet (Annuler retire une entrée)</translation>
    </message>
    <message>
        <source>Adopt into the &amp;plan</source>
        <translation>Adopter dans le &amp;plan</translation>
    </message>
    <message>
        <source>Make the selected logged decision part of the plan: move or change the resource in its resources layer (one undoable edit). Until then decisions stay in the exercise.</source>
        <translation>Faire de la décision consignée sélectionnée une partie du plan : déplacer ou modifier le moyen dans sa couche (une modification annulable). D&apos;ici là, les décisions restent dans l&apos;exercice.</translation>
    </message>
    <message>
        <source>Write after-action &amp;report…</source>
        <translation>Écrire le &amp;rapport après exercice…</translation>
    </message>
    <message>
        <source>Replay the whole exercise with the logged decisions and write its report into a folder</source>
        <translation>Rejouer tout l&apos;exercice avec les décisions consignées et écrire son rapport dans un dossier</translation>
    </message>
    <message>
        <source>No scenario of this project has a tabletop exercise.</source>
        <translation>Aucun scénario de ce projet n&apos;a d&apos;exercice sur table.</translation>
    </message>
    <message>
        <source>Preparing the exercise (flood model, road network)…</source>
        <translation>Préparation de l&apos;exercice (modèle de crue, réseau routier)…</translation>
    </message>
    <message>
        <source>Ready: press Play or a step button.</source>
        <translation>Prêt : appuyez sur Lecture ou sur un bouton de pas.</translation>
    </message>
    <message>
        <source>The flood cannot run backwards: press Reset to start again.</source>
        <translation>La crue ne peut pas revenir en arrière : appuyez sur Réinitialiser pour recommencer.</translation>
    </message>
    <message>
        <source>Running the flood to {0}…</source>
        <translation>Calcul de la crue jusqu&apos;à {0}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Stopped; the exercise stays at the last step shown.</source>
        <translation>Arrêté ; l&apos;exercice reste au dernier pas affiché.</translation>
    </message>
    <message>
        <source>{0} shown</source>
        <translation>{0} affiché</translation>
    </message>
    <message>
        <source>End of the exercise: write the after-action report, or Reset.</source>
        <translation>Fin de l&apos;exercice : écrivez le rapport après exercice, ou réinitialisez.</translation>
    </message>
    <message>
        <source>x {x:,.0f} m, y {y:,.0f} m</source>
        <translation>x {x:,.0f} m, y {y:,.0f} m</translation>
    </message>
    <message>
        <source>Logged at {0}: {text}{tail}</source>
        <translation>Consigné à {0} : {text}{tail}</translation>
    </message>
    <message>
        <source>{0}: now part of the plan (Undo takes it back).</source>
        <translation>{0} : fait désormais partie du plan (Annuler le retire).</translation>
    </message>
    <message>
        <source>Folder for the after-action report</source>
        <translation>Dossier du rapport après exercice</translation>
    </message>
    <message>
        <source>Replaying the whole exercise for the after-action report…</source>
        <translation>Nouvelle lecture de tout l&apos;exercice pour le rapport après exercice…</translation>
    </message>
    <message>
        <source>After-action report written: {0}</source>
        <translation>Rapport après exercice écrit : {0}</translation>
    </message>
</context>
<context>
    <name>VersionsDock</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, inside the project</source>
        <translation>Garder le plan tel qu&apos;il est maintenant, avec ses indicateurs, dans le projet</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put the selected version&apos;s plan back (Undo gives the current one back)</source>
        <translation>Remettre le plan de la version sélectionnée (Annuler rend le plan actuel)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the current plan</source>
        <translation>Comparer deux versions sélectionnées, ou une avec le plan actuel</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Write the public progress report (page, PDF, open data) into a folder</source>
        <translation>Écrire le rapport public d&apos;avancement (page, PDF, données ouvertes) dans un dossier</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the current plan).</source>
        <translation>Sélectionnez deux versions (ou une, pour la comparer au plan actuel).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>per jurisdiction</source>
        <translation>par collectivité</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>par pays</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what} : échec</translation>
    </message>
    <message>
        <source>cancelled; nothing changed</source>
        <translation>annulé ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>not saved: the plan changed while its indicators were computed</source>
        <translation>non enregistré : le plan a changé pendant le calcul de ses indicateurs</translation>
    </message>
    <message>
        <source>version &apos;{0}&apos; saved</source>
        <translation>version « {0} » enregistrée</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>comparé</translation>
    </message>
    <message>
        <source>From &apos;{0}&apos; ({1}) to {2} ({3})</source>
        <translation>De « {0} » ({1}) à {2} ({3})</translation>
    </message>
    <message>
        <source>no change to the plan</source>
        <translation>aucun changement du plan</translation>
    </message>
    <message>
        <source>Export progress report into folder</source>
        <translation>Exporter le rapport d&apos;avancement dans un dossier</translation>
    </message>
    <message>
        <source>report written: {0}</source>
        <translation>rapport écrit : {0}</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>A defense needs at least two vertices; delete the defense instead.</source>
        <translation>Un ouvrage doit avoir au moins deux sommets ; supprimez plutôt l&apos;ouvrage.</translation>
    </message>
</context>
<context>
    <name>_ThreadErrors</name>
    <message>
        <source>working in the background</source>
        <translation>travail en arrière-plan</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Flood depth</source>
        <extracomment>A layer with more visible polygons than this draws its sub-pixel features as an image. Features whose bounding box is smaller than this many logical pixels go into the LOD image. Search radius (logical pixels) for identify, selection and snapping. The run&apos;s outputs as map layers (Layers panel › Run outputs): visibility and opacity of each. The run&apos;s outputs the Layers panel lists as layers (key: label).</extracomment>
        <translation>Hauteur d&apos;eau</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Lacunes de couverture</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Zones d&apos;intervention</translation>
    </message>
    <message>
        <source>Roads closed by water</source>
        <translation>Routes coupées par l&apos;eau</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>no exposure figures</source>
        <translation>pas de chiffres d&apos;exposition</translation>
    </message>
    <message>
        <source>people in flooded buildings</source>
        <translation>personnes dans des bâtiments inondés</translation>
    </message>
    <message>
        <source>Exposed population by water depth</source>
        <translation>Population exposée selon la hauteur d&apos;eau</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>no response figures</source>
        <translation>pas de chiffres d&apos;intervention</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>desservis</translation>
    </message>
    <message>
        <source>not reached in time</source>
        <translation>non atteints à temps</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Response coverage ({mode})</source>
        <translation>Couverture des secours ({mode})</translation>
    </message>
    <message>
        <source>no cooperation figures</source>
        <translation>pas de chiffres de coopération</translation>
    </message>
    <message>
        <source>covered people</source>
        <translation>personnes desservies</translation>
    </message>
    <message>
        <source>Cooperation gain (joint − national)</source>
        <translation>Gain de coopération (conjoint − national)</translation>
    </message>
    <message>
        <source>no defenses appraised</source>
        <translation>aucun ouvrage évalué</translation>
    </message>
    <message>
        <source>benefit (people protected)</source>
        <translation>bénéfice (personnes protégées)</translation>
    </message>
    <message>
        <source>harm (people flooded by it)</source>
        <translation>préjudice (personnes inondées par l&apos;ouvrage)</translation>
    </message>
    <message>
        <source>Each defense&apos;s benefit and harm</source>
        <translation>Bénéfice et préjudice de chaque ouvrage</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{c}: exposed population</source>
        <translation>{c} : population exposée</translation>
    </message>
    <message>
        <source>{c}: covered population ({mode})</source>
        <translation>{c} : population desservie ({mode})</translation>
    </message>
    <message>
        <source>{c}: gap population ({mode})</source>
        <translation>{c} : population non desservie ({mode})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>DEM read</source>
        <translation>MNT lu</translation>
    </message>
    <message>
        <source>OpenStreetMap layers ready</source>
        <translation>couches OpenStreetMap prêtes</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>access done</source>
        <translation>accessibilité terminée</translation>
    </message>
    <message>
        <source>arrival at critical facilities</source>
        <translation>arrivée aux établissements sensibles</translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation>atlas écrit</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>bâtiments</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>graphiques</translation>
    </message>
    <message>
        <source>checking the surface</source>
        <translation>vérification de la surface</translation>
    </message>
    <message>
        <source>choosing candidate sites</source>
        <translation>choix des sites candidats</translation>
    </message>
    <message>
        <source>contracting road chains</source>
        <translation>contraction des chaînes de routes</translation>
    </message>
    <message>
        <source>cooperation gain</source>
        <translation>gain de coopération</translation>
    </message>
    <message>
        <source>counting connected pieces</source>
        <translation>comptage des parties connexes</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>couverture</translation>
    </message>
    <message>
        <source>coverage done</source>
        <translation>couverture terminée</translation>
    </message>
    <message>
        <source>coverage timeline done</source>
        <translation>chronologie de la couverture terminée</translation>
    </message>
    <message>
        <source>cumulative volumes</source>
        <translation>volumes cumulés</translation>
    </message>
    <message>
        <source>cutting flooded roads</source>
        <translation>coupure des routes inondées</translation>
    </message>
    <message>
        <source>defenses appraised</source>
        <translation>ouvrages évalués</translation>
    </message>
    <message>
        <source>defenses, resources, profiles</source>
        <translation>ouvrages, moyens, profils</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>elevation ready</source>
        <translation>altitude prête</translation>
    </message>
    <message>
        <source>exercise done</source>
        <translation>exercice terminé</translation>
    </message>
    <message>
        <source>exercise ready</source>
        <translation>exercice prêt</translation>
    </message>
    <message>
        <source>finding countries and border crossings</source>
        <translation>recherche des pays et des passages de frontière</translation>
    </message>
    <message>
        <source>flood fill</source>
        <translation>remplissage de la crue</translation>
    </message>
    <message>
        <source>flood model</source>
        <translation>modèle de crue</translation>
    </message>
    <message>
        <source>flood model ready</source>
        <translation>modèle de crue prêt</translation>
    </message>
    <message>
        <source>flood with and without</source>
        <translation>crue avec et sans</translation>
    </message>
    <message>
        <source>flood with every defense</source>
        <translation>crue avec chaque ouvrage</translation>
    </message>
    <message>
        <source>gap polygons</source>
        <translation>polygones des lacunes</translation>
    </message>
    <message>
        <source>joining road vertices</source>
        <translation>jonction des sommets des routes</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>collectivités</translation>
    </message>
    <message>
        <source>jurisdictions and roads by country</source>
        <translation>collectivités et routes par pays</translation>
    </message>
    <message>
        <source>levels along the river</source>
        <translation>niveaux le long de la rivière</translation>
    </message>
    <message>
        <source>map drawn</source>
        <translation>carte dessinée</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>cartes</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>données ouvertes</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>plate laid out</source>
        <translation>planche mise en page</translation>
    </message>
    <message>
        <source>plate layout</source>
        <translation>mise en page de la planche</translation>
    </message>
    <message>
        <source>plate written</source>
        <translation>planche écrite</translation>
    </message>
    <message>
        <source>preparing layers</source>
        <translation>préparation des couches</translation>
    </message>
    <message>
        <source>profile flood model</source>
        <translation>modèle de crue du profil</translation>
    </message>
    <message>
        <source>reading elevation sources</source>
        <translation>lecture des sources d&apos;altitude</translation>
    </message>
    <message>
        <source>reading roads</source>
        <translation>lecture des routes</translation>
    </message>
    <message>
        <source>reading the DEM</source>
        <translation>lecture du MNT</translation>
    </message>
    <message>
        <source>reading the OpenStreetMap extract</source>
        <translation>lecture de l&apos;extrait OpenStreetMap</translation>
    </message>
    <message>
        <source>relative terrain</source>
        <translation>terrain relatif</translation>
    </message>
    <message>
        <source>report map</source>
        <translation>carte du rapport</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>tableaux du rapport</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>rapport écrit</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>moyens</translation>
    </message>
    <message>
        <source>resources and buildings</source>
        <translation>moyens et bâtiments</translation>
    </message>
    <message>
        <source>road network</source>
        <translation>réseau routier</translation>
    </message>
    <message>
        <source>road network ready</source>
        <translation>réseau routier prêt</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>routes</translation>
    </message>
    <message>
        <source>roads and rivers</source>
        <translation>routes et rivières</translation>
    </message>
    <message>
        <source>service areas</source>
        <translation>zones d&apos;intervention</translation>
    </message>
    <message>
        <source>sites chosen</source>
        <translation>sites choisis</translation>
    </message>
    <message>
        <source>solving the covering problem</source>
        <translation>résolution du problème de couverture</translation>
    </message>
    <message>
        <source>spill levels (priority-flood)</source>
        <translation>niveaux de débordement (priority-flood)</translation>
    </message>
    <message>
        <source>surface from the nearest river cell</source>
        <translation>surface depuis la cellule de rivière la plus proche</translation>
    </message>
    <message>
        <source>tables for checking</source>
        <translation>tableaux de vérification</translation>
    </message>
    <message>
        <source>terrain</source>
        <translation>terrain</translation>
    </message>
    <message>
        <source>travel times from candidate sites</source>
        <translation>temps de trajet depuis les sites candidats</translation>
    </message>
    <message>
        <source>what the cross-border decisions changed</source>
        <translation>ce qu&apos;ont changé les décisions transfrontalières</translation>
    </message>
</context>
<context>
    <name>ensemble_tab</name>
    <message>
        <source>Probability of flooding, T = {return_period:g} years</source>
        <translation>Probabilité d&apos;inondation, T = {return_period:g} ans</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>floodplan: unexpected error</source>
        <translation>floodplan : erreur inattendue</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>A report needs a scenario result; run the scenario first.</source>
        <translation>Un rapport nécessite un résultat de scénario ; lancez d&apos;abord le scénario.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Rapport écrit : {0}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>About floodplan</source>
        <translation>À propos de floodplan</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>drag with the middle button, or arrow keys</source>
        <translation>glisser avec le bouton du milieu, ou touches fléchées</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Zoomer au curseur</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>molette de la souris</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Zoomer sur un rectangle</translation>
    </message>
    <message>
        <source>Shift+drag with the Pan tool</source>
        <translation>Maj+glisser avec l&apos;outil Déplacer</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>How to plan a joint defense</source>
        <translation>Comment planifier une protection commune</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Response resources</source>
        <translation>Moyens de secours</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Ouvrages</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existant</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>breached in the scenario</source>
        <translation>rompu dans le scénario</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>building</source>
        <translation>bâtiment</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>road</source>
        <translation>route</translation>
    </message>
    <message>
        <source>river</source>
        <translation>rivière</translation>
    </message>
    <message>
        <source>national border</source>
        <translation>frontière nationale</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Exercice sur table</translation>
    </message>
    <message>
        <source>resource moved in the exercise (not in the plan)</source>
        <translation>moyen déplacé dans l&apos;exercice (pas dans le plan)</translation>
    </message>
    <message>
        <source>resource out of service in the exercise</source>
        <translation>moyen hors service dans l&apos;exercice</translation>
    </message>
    <message>
        <source>Flood depth</source>
        <translation>Hauteur d&apos;eau</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>road closed by water</source>
        <translation>route coupée par l&apos;eau</translation>
    </message>
    <message>
        <source>coverage gap (not reached in time)</source>
        <translation>lacune de couverture (non atteint à temps)</translation>
    </message>
    <message>
        <source>selected / changed building</source>
        <translation>bâtiment sélectionné / modifié</translation>
    </message>
</context>
<context>
    <name>risk_tab</name>
    <message>
        <source>return period (years)</source>
        <translation>période de retour (ans)</translation>
    </message>
    <message>
        <source>damage (million EUR)</source>
        <translation>dommages (millions d&apos;EUR)</translation>
    </message>
    <message>
        <source>Risk curve per country</source>
        <translation>Courbe de risque par pays</translation>
    </message>
</context>
<context>
    <name>versions_dock</name>
    <message>
        <source>Covered population, national</source>
        <extracomment>(label, indicator, mode) offered by the trend chart.</extracomment>
        <translation>Population desservie, national</translation>
    </message>
    <message>
        <source>Covered population, joint</source>
        <translation>Population desservie, conjoint</translation>
    </message>
    <message>
        <source>Gap (uncovered), national</source>
        <translation>Lacune (non desservie), national</translation>
    </message>
    <message>
        <source>Gap (uncovered), joint</source>
        <translation>Lacune (non desservie), conjoint</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Gain de coopération</translation>
    </message>
    <message>
        <source>Expected annual damage (EUR)</source>
        <translation>Dommage annuel attendu (EUR)</translation>
    </message>
    <message>
        <source>Expected people affected per year</source>
        <translation>Personnes touchées attendues par an</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Short names of the indicators in the Compare table.</extracomment>
        <translation>Desservis</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>EAD (EUR/year)</source>
        <translation>EAD (EUR/an)</translation>
    </message>
    <message>
        <source>EAP (people/year)</source>
        <translation>EAP (personnes/an)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR par an</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, as a version inside the project</source>
        <translation>Garder le plan tel qu&apos;il est maintenant, avec ses indicateurs, comme version dans le projet</translation>
    </message>
    <message>
        <source>Export &amp;progress report…</source>
        <translation>Exporter le rapport d&apos;&amp;avancement…</translation>
    </message>
    <message>
        <source>A public page, PDF and open data of what the plan changed between two versions</source>
        <translation>Une page publique, un PDF et des données ouvertes sur ce que le plan a changé entre deux versions</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
</context>
</TS>
