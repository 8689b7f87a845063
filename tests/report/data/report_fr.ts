<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few report texts in French, for the report-language tests only (translations/vigie_fr.ts is the
     shipped catalogue). -->
<TS version="2.1" language="fr_FR">
<context>
    <name>ReportTexts</name>
    <message>
        <source>Post-mortem</source>
        <translation>Retour d’expérience</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l’incident</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist step(s) fell due; %1 late, the latest by %2.</source>
        <translation>
            <numerusform>%n étape est arrivée à échéance ; %1 en retard, au pire de %2.</numerusform>
            <numerusform>%n étapes sont arrivées à échéance ; %1 en retard, au pire de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportVocabulary</name>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
</context>
</TS>
